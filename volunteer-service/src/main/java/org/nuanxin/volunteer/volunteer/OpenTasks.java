package org.nuanxin.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** How many tasks a member still holds (assigned, accepted or checked in): they block suspending or leaving. */
@ApplicationScoped
public class OpenTasks {

    private final EntityManager entityManager;

    OpenTasks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long count(UUID volunteerId) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM task WHERE volunteer_id = :id AND status IN ('ASSIGNED', 'ACCEPTED', 'CHECKED_IN')")
                .setParameter("id", volunteerId).getSingleResult()).longValue();
    }
}
