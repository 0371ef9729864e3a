package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.nuanxin.gateway.supervision.EventData.uuid;

/**
 * The per-family read model behind the coverage and contact-cadence figures. Every change is one statement
 * that gives the same row whatever the order of the events of different families and however often one is
 * applied (latest contact = the greater of the two, visits keyed by contact id), so a replay from the start
 * rebuilds the same figures.
 */
@ApplicationScoped
public class FamilyCadenceModel {

    private final EntityManager em;

    FamilyCadenceModel(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean registered(JsonNode data, String districtCode) {
        em.createNativeQuery("""
                        INSERT INTO supervised_family (family_id, district_code, street, category, active, member_count)
                        VALUES (:id, :district, :street, :category, true, :members)
                        ON CONFLICT (family_id) DO UPDATE SET district_code = :district, street = :street,
                            category = :category, member_count = :members""")
                .setParameter("id", uuid(data, "familyId"))
                .setParameter("district", districtCode)
                .setParameter("street", street(data))
                .setParameter("category", category(data))
                .setParameter("members", data.path("memberCount").asInt())
                .executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean updated(JsonNode data, String districtCode) {
        em.createNativeQuery("""
                        UPDATE supervised_family SET category = :category, district_code = :district, street = :street
                        WHERE family_id = :id""")
                .setParameter("id", uuid(data, "familyId"))
                .setParameter("district", districtCode)
                .setParameter("street", street(data))
                .setParameter("category", category(data))
                .executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean closed(JsonNode data) {
        em.createNativeQuery("UPDATE supervised_family SET active = false WHERE family_id = :id")
                .setParameter("id", uuid(data, "familyId")).executeUpdate();
        return true;
    }

    /** The latest assessment's risk level; an older one arriving late changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean needsAssessed(JsonNode data) {
        em.createNativeQuery("""
                        UPDATE supervised_family SET risk_level = :risk, risk_assessed_at = :at
                        WHERE family_id = :id AND (risk_assessed_at IS NULL OR risk_assessed_at <= :at)""")
                .setParameter("id", uuid(data, "familyId"))
                .setParameter("risk", data.path("riskLevel").asText())
                .setParameter("at", OffsetDateTime.parse(data.path("assessedAt").asText()))
                .executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean coverageChanged(JsonNode data) {
        em.createNativeQuery("""
                        UPDATE supervised_family SET liaisons = :liaisons, family_doctor = :doctor, green_channel = :green
                        WHERE family_id = :id""")
                .setParameter("id", uuid(data, "familyId"))
                .setParameter("liaisons", data.path("liaisons").asBoolean())
                .setParameter("doctor", data.path("familyDoctor").asBoolean())
                .setParameter("green", data.path("greenChannel").asBoolean())
                .executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean contactRecorded(JsonNode data) {
        UUID familyId = uuid(data, "familyId");
        OffsetDateTime at = OffsetDateTime.parse(data.path("contactedAt").asText());
        boolean visit = "HOME_VISIT".equals(data.path("kind").asText());
        em.createNativeQuery("""
                        UPDATE supervised_family SET
                            last_contact_at = GREATEST(last_contact_at, :at),
                            last_visit_at = CASE WHEN :visit THEN GREATEST(last_visit_at, :at) ELSE last_visit_at END
                        WHERE family_id = :id""")
                .setParameter("id", familyId).setParameter("at", at).setParameter("visit", visit)
                .executeUpdate();
        if (visit) {
            em.createNativeQuery("""
                            INSERT INTO supervised_visit (contact_id, family_id, district_code, contacted_at)
                            VALUES (:contact, :family, :district, :at) ON CONFLICT DO NOTHING""")
                    .setParameter("contact", uuid(data, "contactId")).setParameter("family", familyId)
                    .setParameter("district", data.path("districtCode").asText()).setParameter("at", at)
                    .executeUpdate();
        }
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean followUp(JsonNode data, boolean overdue, boolean done) {
        em.createNativeQuery("""
                        INSERT INTO supervised_follow_up (contact_id, family_id, district_code, overdue, done)
                        VALUES (:contact, :family, :district, :overdue, :done)
                        ON CONFLICT (contact_id) DO UPDATE SET
                            overdue = supervised_follow_up.overdue OR :overdue,
                            done = supervised_follow_up.done OR :done""")
                .setParameter("contact", uuid(data, "contactId")).setParameter("family", uuid(data, "familyId"))
                .setParameter("district", data.path("districtCode").asText())
                .setParameter("overdue", overdue).setParameter("done", done)
                .executeUpdate();
        return true;
    }

    private static String street(JsonNode data) {
        String street = data.path("street").asText("").strip();
        return street.isEmpty() ? "未填街道" : street.length() > 40 ? street.substring(0, 40) : street;
    }

    private static String category(JsonNode data) {
        String category = data.path("category").asText();
        if (!category.equals("BEREAVED") && !category.equals("DISABLED_CHILD")) {
            throw new IllegalArgumentException("unknown category " + category);
        }
        return category;
    }
}
