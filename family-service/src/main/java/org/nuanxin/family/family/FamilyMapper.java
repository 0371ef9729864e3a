package org.nuanxin.family.family;

import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.family.area.District;

import java.util.Map;
import java.util.stream.Collectors;

/** Entity → response, decrypting identifiers only to mask them. */
@ApplicationScoped
public class FamilyMapper {

    private final PiiCipher cipher;

    FamilyMapper(PiiCipher cipher) {
        this.cipher = cipher;
    }

    public FamilyView toView(Family family) {
        return new FamilyView(family.id, family.category, family.districtCode, districtNames().get(family.districtCode),
                family.street, family.community, family.address, family.status, family.registeredAt,
                family.members.stream().map(this::toView).toList());
    }

    public FamilySummary toSummary(Family family, Map<String, String> districtNames) {
        FamilyMember head = family.head();
        return new FamilySummary(family.id, family.category, family.districtCode,
                districtNames.get(family.districtCode), family.street, family.community, family.status,
                head == null ? null : head.name,
                head == null ? null : Masking.idNumber(cipher.decrypt(head.idNumberEncrypted)),
                head == null ? null : Masking.phone(cipher.decrypt(head.phoneEncrypted)),
                family.members.size(), family.registeredAt);
    }

    MemberView toView(FamilyMember member) {
        return new MemberView(member.id, member.name, member.relation,
                Masking.idNumber(cipher.decrypt(member.idNumberEncrypted)),
                Masking.phone(cipher.decrypt(member.phoneEncrypted)),
                member.birthDate, member.sex, member.livingAlone);
    }

    public Map<String, String> districtNames() {
        return District.<District>listAll().stream().collect(Collectors.toMap(d -> d.code, d -> d.name));
    }
}
