package org.nuanxin.volunteer.expert;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The city-wide expert pool: every coordinator may search it, city coordinators keep it. */
@ApplicationScoped
public class ExpertService {

    private final Caller caller;

    ExpertService(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public ExpertView register(RegisterExpertRequest request) {
        if (PartnerInstitution.findById(request.institutionCode()) == null) {
            throw ProblemException.invalidField("institutionCode", "不是专家库的合作机构");
        }
        Expert expert = new Expert();
        expert.id = UUID.randomUUID();
        expert.name = request.name().trim();
        expert.institutionCode = request.institutionCode();
        expert.specialty = request.specialty().trim();
        expert.title = request.title().trim();
        expert.offersLectures = request.offers().contains(ExpertOffer.LECTURE);
        expert.offersFreeClinics = request.offers().contains(ExpertOffer.FREE_CLINIC);
        expert.offersConsultations = request.offers().contains(ExpertOffer.CONSULTATION);
        expert.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        expert.registeredBy = caller.username();
        expert.persist();
        return toView(expert, PartnerInstitution.names());
    }

    @Transactional
    public ExpertView get(UUID id) {
        Expert expert = Expert.findById(id);
        if (expert == null) {
            throw ProblemException.notFound("专家", id);
        }
        return toView(expert, PartnerInstitution.names());
    }

    @Transactional
    public PageResponse<ExpertView> search(String q, String institutionCode, ExpertOffer offer, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (institutionCode != null) {
            where.append(" AND institutionCode = :institution");
            params.and("institution", institutionCode);
        }
        if (offer != null) {
            where.append(switch (offer) {
                case LECTURE -> " AND offersLectures = true";
                case FREE_CLINIC -> " AND offersFreeClinics = true";
                case CONSULTATION -> " AND offersConsultations = true";
            });
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND (name LIKE :q OR specialty LIKE :q)");
            params.and("q", "%" + q.trim().replace("%", "").replace("_", "") + "%");
        }
        var query = Expert.find("FROM Expert WHERE " + where + " ORDER BY institutionCode, specialty, name", params)
                .page(Page.of(page, size));
        Map<String, String> names = PartnerInstitution.names();
        return new PageResponse<>(query.<Expert>list().stream().map(e -> toView(e, names)).toList(), page, size,
                query.count());
    }

    @Transactional
    public List<InstitutionView> institutions() {
        return PartnerInstitution.<PartnerInstitution>list("ORDER BY sortOrder").stream()
                .map(i -> new InstitutionView(i.code, i.name, Expert.count("institutionCode", i.code))).toList();
    }

    private static ExpertView toView(Expert expert, Map<String, String> institutionNames) {
        List<ExpertOffer> offers = new ArrayList<>();
        if (expert.offersLectures) {
            offers.add(ExpertOffer.LECTURE);
        }
        if (expert.offersFreeClinics) {
            offers.add(ExpertOffer.FREE_CLINIC);
        }
        if (expert.offersConsultations) {
            offers.add(ExpertOffer.CONSULTATION);
        }
        return new ExpertView(expert.id, expert.name, expert.institutionCode, institutionNames.get(expert.institutionCode),
                expert.specialty, expert.title, offers);
    }
}
