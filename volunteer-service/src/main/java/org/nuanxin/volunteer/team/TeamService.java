package org.nuanxin.volunteer.team;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.area.District;
import org.nuanxin.volunteer.volunteer.Volunteer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Site teams belong to a district and take members of that district; city-wide teams take anyone and only city
 * coordinators create or change them. District coordinators see their district's teams and the city-wide ones.
 */
@ApplicationScoped
public class TeamService {

    private final Caller caller;

    TeamService(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public TeamView create(CreateTeamRequest request) {
        if (request.districtCode() != null && District.findById(request.districtCode()) == null) {
            throw ProblemException.invalidField("districtCode", "不是厦门市的区划代码");
        }
        if (request.districtCode() == null ? !caller.isCityWide() : !caller.mayAccessDistrict(request.districtCode())) {
            throw ProblemException.forbidden("只能在本区建队；全市性队伍由市级协调员建立");
        }
        if (Team.count("name", request.name().trim()) > 0) {
            throw ProblemException.conflictOnField("name", "已有同名队伍");
        }
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.name = request.name().trim();
        team.districtCode = request.districtCode();
        team.siteName = request.siteName() == null || request.siteName().isBlank() ? null : request.siteName().trim();
        team.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        team.createdBy = caller.username();
        team.persist();
        return toView(team, true);
    }

    @Transactional
    public List<TeamView> list(String districtCode) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        caller.district().ifPresent(scope -> {
            where.append(" AND (districtCode = :scope OR districtCode IS NULL)");
            params.and("scope", scope);
        });
        if (districtCode != null) {
            where.append(" AND districtCode = :district");
            params.and("district", districtCode);
        }
        return Team.<Team>list("FROM Team WHERE " + where + " ORDER BY name", params).stream()
                .map(team -> toView(team, false)).toList();
    }

    @Transactional
    public TeamView get(UUID id) {
        return toView(visible(id), true);
    }

    @Transactional
    public TeamView addMember(UUID teamId, UUID volunteerId) {
        Team team = changeable(teamId);
        Volunteer volunteer = Volunteer.findById(volunteerId);
        if (volunteer == null || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.notFound("志愿者", volunteerId);
        }
        if (team.districtCode != null && !team.districtCode.equals(volunteer.districtCode)) {
            throw ProblemException.invalidField("volunteerId", "站点队伍只收本区的志愿者");
        }
        team.memberIds.add(volunteer.id);
        return toView(team, true);
    }

    @Transactional
    public TeamView removeMember(UUID teamId, UUID volunteerId) {
        Team team = changeable(teamId);
        team.memberIds.remove(volunteerId);
        return toView(team, true);
    }

    private Team visible(UUID id) {
        Team team = Team.findById(id);
        if (team == null || (team.districtCode != null && !caller.mayAccessDistrict(team.districtCode))) {
            throw ProblemException.notFound("队伍", id);
        }
        return team;
    }

    private Team changeable(UUID id) {
        Team team = visible(id);
        if (team.districtCode == null && !caller.isCityWide()) {
            throw ProblemException.forbidden("全市性队伍由市级协调员管理");
        }
        return team;
    }

    private TeamView toView(Team team, boolean withMembers) {
        List<TeamView.Member> members = !withMembers || team.memberIds.isEmpty() ? List.of()
                : Volunteer.<Volunteer>list("id IN ?1", team.memberIds).stream()
                .sorted(Comparator.comparing((Volunteer v) -> v.name))
                .map(v -> new TeamView.Member(v.id, v.name, v.status)).toList();
        return new TeamView(team.id, team.name, team.districtCode, team.siteName, team.memberIds.size(), members);
    }
}
