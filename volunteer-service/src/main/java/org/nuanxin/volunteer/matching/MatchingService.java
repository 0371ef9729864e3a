package org.nuanxin.volunteer.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.volunteer.task.Task;
import org.nuanxin.volunteer.task.TaskAccess;
import org.nuanxin.volunteer.task.TaskStatus;
import org.nuanxin.volunteer.volunteer.AvailabilitySlot;
import org.nuanxin.volunteer.volunteer.PartOfDay;
import org.nuanxin.volunteer.volunteer.Skill;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Suggests volunteers for a task. Eligible are the active members of the task's district who hold no task in an
 * overlapping window and have not declined this one; {@link MatchingRules} ranks them.
 */
@ApplicationScoped
public class MatchingService {

    private static final String SEPARATOR = "\u001f";

    private final EntityManager entityManager;
    private final TaskAccess access;
    private final MatchingConfig config;
    private final MatchingRules rules;

    MatchingService(EntityManager entityManager, TaskAccess access, MatchingConfig config) {
        this.entityManager = entityManager;
        this.access = access;
        this.config = config;
        this.rules = new MatchingRules(config);
    }

    @Transactional
    public List<Candidate> candidates(UUID taskId, Integer limit) {
        Task task = access.changeable(taskId, null);
        if (task.status != TaskStatus.OPEN && task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ACCEPTED) {
            throw ProblemException.conflict("任务状态为 " + task.status + "，无需匹配志愿者");
        }
        Duration horizon = Duration.ofDays(config.loadHorizonDays());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT v.id, v.name, v.latitude, v.longitude,
                          (SELECT string_agg(s.skill, chr(31)) FROM volunteer_skill s WHERE s.volunteer_id = v.id),
                          (SELECT string_agg(d.name, chr(31)) FROM volunteer_dialect d WHERE d.volunteer_id = v.id),
                          (SELECT string_agg(a.day_of_week || ':' || a.part_of_day, chr(31))
                             FROM volunteer_availability a WHERE a.volunteer_id = v.id),
                          (SELECT count(*) FROM task t WHERE t.volunteer_id = v.id AND t.id <> :task
                             AND t.status IN (%1$s) AND t.window_start < :loadTo AND t.window_end > :loadFrom)
                        FROM volunteer v
                        WHERE v.status = 'ACTIVE' AND v.district_code = :district
                          AND NOT EXISTS (SELECT 1 FROM task t WHERE t.volunteer_id = v.id AND t.id <> :task
                             AND t.status IN (%1$s) AND t.window_start < :end AND t.window_end > :start)
                          AND NOT EXISTS (SELECT 1 FROM task_decline d WHERE d.task_id = :task AND d.volunteer_id = v.id)
                        """.formatted(TaskStatus.HOLDING_SQL))
                .setParameter("task", task.id)
                .setParameter("district", task.districtCode)
                .setParameter("start", task.windowStart)
                .setParameter("end", task.windowEnd)
                .setParameter("loadFrom", task.windowStart.minus(horizon))
                .setParameter("loadTo", task.windowEnd.plus(horizon))
                .getResultList();
        List<CandidateFacts> facts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (id.equals(task.volunteerId)) {
                continue;
            }
            facts.add(new CandidateFacts(id, (String) row[1], skills((String) row[4]), split((String) row[5]),
                    slots((String) row[6]), (Double) row[2], (Double) row[3], ((Number) row[7]).intValue()));
        }
        TaskNeeds needs = new TaskNeeds(task.neededSkills(), MatchingRules.slotsOf(task.windowStart, task.windowEnd),
                task.latitude, task.longitude, task.preferredDialect);
        return rules.rank(needs, facts, limit == null ? config.defaultCandidates() : limit);
    }

    private static Set<String> split(String joined) {
        return joined == null ? Set.of() : new HashSet<>(Arrays.asList(joined.split(SEPARATOR)));
    }

    private static Set<Skill> skills(String joined) {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        split(joined).forEach(name -> skills.add(Skill.valueOf(name)));
        return skills;
    }

    private static Set<AvailabilitySlot> slots(String joined) {
        Set<AvailabilitySlot> slots = new HashSet<>();
        for (String slot : split(joined)) {
            String[] parts = slot.split(":");
            slots.add(new AvailabilitySlot(DayOfWeek.valueOf(parts[0]), PartOfDay.valueOf(parts[1])));
        }
        return slots;
    }
}
