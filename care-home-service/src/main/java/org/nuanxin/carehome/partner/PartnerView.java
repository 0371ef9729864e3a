package org.nuanxin.carehome.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A partner of a site and whether its agreement holds today. */
@Schema(name = "Partner")
public record PartnerView(
        @Schema(example = "6f1c1f8e-2b51-4c1e-9d7e-0c8a3d2b1a10") UUID id,
        @Schema(example = "3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d") UUID siteId,
        @Schema(example = "厦门市心理咨询师协会") String name,
        @Schema(example = "SOCIAL_ORGANISATION") PartnerKind kind,
        @Schema(example = "每月两次上门心理疏导") String agreement,
        @Schema(example = "2026-01-01") LocalDate agreementFrom,
        @Schema(description = "null for an agreement without an end", example = "2027-12-31", nullable = true)
        LocalDate agreementUntil,
        @Schema(example = "true") boolean inForce) {

    static PartnerView of(SitePartner partner, LocalDate today) {
        return new PartnerView(partner.id, partner.siteId, partner.name, partner.kind, partner.agreement,
                partner.agreementFrom, partner.agreementUntil, partner.inForceOn(today));
    }
}
