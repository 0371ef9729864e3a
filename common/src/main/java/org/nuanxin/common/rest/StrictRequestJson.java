package org.nuanxin.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;

/**
 * How request bodies are read, for every REST endpoint of every service (the application's {@link ObjectMapper}
 * stays lenient for Kafka events, whose schema may grow). A body is refused with a 400 naming the field when it
 * <ul>
 *   <li>has a property the request does not define — ids, status, version, amounts, districts and audit fields
 *       are the service's to set, and a client cannot set them by adding them to a body (mass assignment);</li>
 *   <li>repeats a key, or has anything after its closing brace — which value counts must not be the parser's guess;</li>
 *   <li>gives a number for a yes/no field, or a string of digits for a time ("1700000000" is no ISO-8601 time,
 *       though Jackson would read it as epoch seconds), or a time or a number for a date ("2026-01-15T09:00:00Z" is
 *       no date, though Jackson would cut it to one, in UTC);</li>
 *   <li>has NUL or an unpaired UTF-16 surrogate in a string — PostgreSQL cannot store the one, UTF-8 cannot encode
 *       the other.</li>
 * </ul>
 */
@Provider
@Singleton
public class StrictRequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequestJson(ObjectMapper application) {
        this.strict = application.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .registerModule(new SimpleModule("nuanxin-clean-text").addDeserializer(String.class, new CleanText())
                        .addDeserializer(java.time.OffsetDateTime.class, new TimeWithOffset()));
        // a number is not a yes or no: {"livingAlone": 2} was read as true
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // a date is yyyy-MM-dd: a time was cut to its UTC date (the day before, for a morning in China), a number
        // read as days since 1970
        strict.configOverride(java.time.LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** True when the text has neither NUL nor a surrogate without its pair. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Strings as Jackson reads them, refused when they hold NUL or an unpaired surrogate. */
    static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !isClean(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains NUL or an unpaired surrogate");
            }
            return text;
        }
    }

    /** ISO-8601 times with offset as Jackson reads them, except a string of digits, which it would take as epoch seconds. */
    static final class TimeWithOffset extends StdScalarDeserializer<java.time.OffsetDateTime> {

        private static final java.util.regex.Pattern EPOCH = java.util.regex.Pattern.compile("\\s*[-+]?\\d+(\\.\\d*)?\\s*");

        TimeWithOffset() {
            super(java.time.OffsetDateTime.class);
        }

        @Override
        public java.time.OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING) && EPOCH.matcher(parser.getText()).matches()) {
                return (java.time.OffsetDateTime) context.handleWeirdStringValue(java.time.OffsetDateTime.class,
                        parser.getText(), "not an ISO-8601 time with offset");
            }
            return com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
        }
    }
}
