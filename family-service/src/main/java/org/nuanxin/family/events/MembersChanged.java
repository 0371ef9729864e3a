package org.nuanxin.family.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.members-changed.v1} on topic {@code family.events}, key = family id: the family's whole
 * member list as it now stands, published when the family is registered and when it is closed (every member then
 * inactive). No name, no identity number, no phone: a member is its id, its relation and {@code idNumberIndex}, the
 * HMAC-SHA-256 blind index of the identity number under {@code nuanxin.pii.index-key}, by which a service holding the
 * same key can match an identity number it is given without anyone storing or sending it in clear.
 */
public record MembersChanged(UUID familyId, String category, List<Member> members, OffsetDateTime changedAt) {

    public static final String TYPE = "org.nuanxin.family.members-changed.v1";

    /** {@code active} is false once the member's family is closed. */
    public record Member(UUID memberId, String relation, boolean active, String idNumberIndex) {
    }
}
