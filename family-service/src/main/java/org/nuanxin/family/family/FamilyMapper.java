package org.nuanxin.family.family;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.family.area.District;
import org.nuanxin.family.guardian.Guardian;

import java.util.List;
import java.util.Map;

/** Entity → response: identifiers decrypted only to be masked, except in the audited full record. */
@ApplicationScoped
public class FamilyMapper {

    private final PiiCipher cipher;
    private final ObjectMapper json;

    FamilyMapper(PiiCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    public FamilyView toView(Family family) {
        return new FamilyView(family.id, family.category, family.districtCode, District.names().get(family.districtCode),
                family.street, family.community, family.address, family.status, family.riskLevel, family.registeredAt,
                family.closedAt, family.closureReason, family.members.stream().map(this::toView).toList());
    }

    public FamilySummary toSummary(Family family, Map<String, String> districtNames) {
        FamilyMember head = family.head();
        return new FamilySummary(family.id, family.category, family.districtCode,
                districtNames.get(family.districtCode), family.street, family.community, family.status,
                head == null ? null : head.name,
                head == null ? null : Masking.idNumber(cipher.decrypt(head.idNumberEncrypted)),
                head == null ? null : Masking.phone(cipher.decrypt(head.phoneEncrypted)),
                family.members.size(), family.riskLevel, family.registeredAt);
    }

    /** Everything in clear, for {@code GET /api/families/{id}/full}; the caller has written the audit entry. */
    public FamilyRecord toRecord(Family family) {
        return new FamilyRecord(family.id, family.category, family.districtCode, District.names().get(family.districtCode),
                family.street, family.community, family.address, family.status, family.riskLevel, family.registeredAt,
                family.registeredBy, family.members.stream().map(m -> new FamilyRecord.Member(m.id, m.name, m.relation,
                        cipher.decrypt(m.idNumberEncrypted), cipher.decrypt(m.phoneEncrypted), m.birthDate, m.sex,
                        m.livingAlone, fromJson(cipher.decrypt(m.healthConditionsEncrypted)), m.disabilityLevel)).toList(),
                Guardian.ofFamily(family.id).stream().map(g -> new FamilyRecord.Guardian(g.name, g.relationship,
                        cipher.decrypt(g.phoneEncrypted), g.maySign, g.priority)).toList());
    }

    MemberView toView(FamilyMember member) {
        return new MemberView(member.id, member.name, member.relation,
                Masking.idNumber(cipher.decrypt(member.idNumberEncrypted)),
                Masking.phone(cipher.decrypt(member.phoneEncrypted)),
                member.birthDate, member.sex, member.livingAlone);
    }

    /** A list of strings as JSON, the form health conditions are encrypted in. */
    String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    List<String> fromJson(String value) {
        try {
            return value == null ? List.of() : List.of(json.readValue(value, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored health conditions are not a JSON list", e);
        }
    }

}
