package org.nuanxin.family.liaison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.Masking;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.events.LiaisonAssigned;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Fills a family's two liaison posts (双岗联系人). */
@ApplicationScoped
public class LiaisonService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final FamilyAccess access;

    LiaisonService(Outbox outbox, PiiCipher cipher, Caller caller, FamilyAccess access) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
    }

    @Transactional
    public LiaisonView assign(UUID familyId, LiaisonRole role, AssignLiaisonRequest request) {
        Family family = access.activeInScope(familyId);
        Liaison liaison = Liaison.findById(new Liaison.Key(family.id, role));
        if (liaison == null) {
            liaison = new Liaison();
            liaison.key = new Liaison.Key(family.id, role);
        }
        liaison.name = request.name().trim();
        liaison.phoneEncrypted = cipher.encrypt(request.phone());
        liaison.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
        liaison.assignedBy = caller.username();
        liaison.persist();
        boolean bothFilled = Liaison.count("key.familyId", family.id) == LiaisonRole.values().length;
        outbox.publish("family", family.id, LiaisonAssigned.TYPE,
                new LiaisonAssigned(family.id, family.districtCode, role.name(), bothFilled, liaison.assignedAt));
        return toView(liaison);
    }

    @Transactional
    public List<LiaisonView> ofFamily(UUID familyId) {
        Family family = access.inScope(familyId);
        return Liaison.ofFamily(family.id).stream().map(this::toView).toList();
    }

    private LiaisonView toView(Liaison liaison) {
        return new LiaisonView(liaison.key.familyId(), liaison.key.role(), liaison.name,
                Masking.phone(cipher.decrypt(liaison.phoneEncrypted)), liaison.assignedAt, liaison.assignedBy);
    }
}
