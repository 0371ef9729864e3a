package org.nuanxin.volunteer.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.family.FamilyDirectoryEntry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The rotating code of each family. Its secret is derived from the service's index key and the family id (an HMAC,
 * through {@link PiiCipher#blindIndex}), so no secret is stored and none can be read out of the database.
 */
@ApplicationScoped
public class CheckInCodeService {

    private final PiiCipher cipher;
    private final Caller caller;
    private final CheckInCodes codes;

    CheckInCodeService(PiiCipher cipher, Caller caller, CheckInConfig config) {
        this.cipher = cipher;
        this.caller = caller;
        this.codes = new CheckInCodes(config.codeRotation(), config.codeValidity(), config.codeDigits());
    }

    /** For the coordinator (or the family's device) to show: volunteers never fetch codes. */
    @Transactional
    public CheckInCodeView current(UUID familyId) {
        FamilyDirectoryEntry family = FamilyDirectoryEntry.findById(familyId);
        if (family == null || !caller.mayAccessDistrict(family.districtCode)) {
            throw ProblemException.notFound("家庭", familyId);
        }
        CheckInCodes.Code code = codes.current(secretOf(familyId), Instant.now());
        return new CheckInCodeView(familyId, code.value(), code.rotatesAt().atOffset(ZoneOffset.UTC),
                code.acceptedUntil().atOffset(ZoneOffset.UTC),
                "nuanxin-check-in:v1:" + familyId + ":" + code.value());
    }

    public CheckInCodes.Verdict verify(UUID familyId, String presented, Instant now) {
        return codes.verify(secretOf(familyId), presented == null ? null : presented.trim(), now);
    }

    private byte[] secretOf(UUID familyId) {
        return HexFormat.of().parseHex(cipher.blindIndex("check-in-code/v1/" + familyId));
    }
}
