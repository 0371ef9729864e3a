package org.nuanxin.insurance.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Claim;
import org.nuanxin.common.problem.ProblemException;

/**
 * HL7 FHIR R4 JSON through HAPI's parser. The context is built once (it scans the whole R4 model, which takes a
 * moment) and is thread-safe; parsers are cheap and made per call. Parsing is strict: an unknown element or an
 * invalid value is a 400 naming where it was found, not silently dropped.
 */
@ApplicationScoped
public class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4();

    public Claim parseClaim(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidField("Claim", "请求体须为 FHIR R4 Claim 资源（application/fhir+json）");
        }
        IBaseResource resource;
        try {
            resource = context.newJsonParser().setParserErrorHandler(new NamingErrorHandler()).parseResource(body);
        } catch (DataFormatException e) {
            throw ProblemException.invalidField("Claim", "不是有效的 FHIR R4 JSON：" + e.getMessage());
        }
        if (!(resource instanceof Claim claim)) {
            throw ProblemException.invalidField("resourceType", "须为 Claim，收到的是 " + resource.fhirType());
        }
        return claim;
    }

    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /**
     * What HAPI finds wrong while parsing, as a problem naming the element. HAPI tells only the element's own name
     * (or, for a bad value, the name of the element holding it), not its whole path; the message quotes the value.
     */
    private static final class NamingErrorHandler extends StrictErrorHandler {

        private static String field(IParseLocation location, String element) {
            String parent = location == null ? null : location.getParentElementName();
            return parent == null || parent.isBlank() ? element : parent + "." + element;
        }

        private static String holder(IParseLocation location) {
            String parent = location == null ? null : location.getParentElementName();
            return parent == null || parent.isBlank() ? "Claim" : parent;
        }

        @Override
        public void unknownElement(IParseLocation location, String element) {
            throw ProblemException.invalidField(field(location, element), "FHIR R4 Claim 中没有此元素");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attribute) {
            throw ProblemException.invalidField(field(location, attribute), "FHIR R4 Claim 中没有此属性");
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            throw ProblemException.invalidField(holder(location), "值无效：" + error);
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String element, BaseJsonLikeValue.ValueType expected,
                                      BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                                      BaseJsonLikeValue.ScalarType foundScalar) {
            throw ProblemException.invalidField(field(location, element),
                    "JSON 类型不符：应为 " + (expectedScalar != null ? expectedScalar : expected)
                            + "，收到 " + (foundScalar != null ? foundScalar : found));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String element) {
            throw ProblemException.invalidField(field(location, element), "此元素不可重复");
        }
    }
}
