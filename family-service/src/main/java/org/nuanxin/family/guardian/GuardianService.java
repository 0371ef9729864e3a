package org.nuanxin.family.guardian;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A family's guardians and emergency proxies, in the order they are to be called. */
@ApplicationScoped
public class GuardianService {

    private final PiiCipher cipher;
    private final Caller caller;
    private final FamilyAccess access;

    GuardianService(PiiCipher cipher, Caller caller, FamilyAccess access) {
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
    }

    @Transactional
    public GuardianView add(UUID familyId, AddGuardianRequest request) {
        Family family = access.activeInScope(familyId);
        if (Guardian.count("familyId = ?1 AND priority = ?2", family.id, request.priority()) > 0) {
            throw ProblemException.conflictOnField("priority", "已有联系顺序为 " + request.priority() + " 的监护人");
        }
        Guardian guardian = new Guardian();
        guardian.id = UUID.randomUUID();
        guardian.familyId = family.id;
        guardian.name = request.name().trim();
        guardian.relationship = request.relationship();
        guardian.phoneEncrypted = cipher.encrypt(request.phone());
        guardian.maySign = request.maySign();
        guardian.priority = request.priority();
        guardian.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        guardian.addedBy = caller.username();
        guardian.persist();
        return toView(guardian);
    }

    @Transactional
    public List<GuardianView> ofFamily(UUID familyId) {
        Family family = access.inScope(familyId);
        return Guardian.ofFamily(family.id).stream().map(this::toView).toList();
    }

    @Transactional
    public void remove(UUID familyId, UUID guardianId) {
        Family family = access.activeInScope(familyId);
        if (Guardian.delete("id = ?1 AND familyId = ?2", guardianId, family.id) == 0) {
            throw ProblemException.notFound("监护人", guardianId);
        }
    }

    private GuardianView toView(Guardian guardian) {
        return new GuardianView(guardian.id, guardian.familyId, guardian.name, guardian.relationship,
                Masking.phone(cipher.decrypt(guardian.phoneEncrypted)), guardian.maySign, guardian.priority);
    }
}
