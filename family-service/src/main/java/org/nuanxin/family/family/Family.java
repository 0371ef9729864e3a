package org.nuanxin.family.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.needs.RiskLevel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A special family of the registry, with its address in the area hierarchy and its members. */
@Entity
public class Family extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public FamilyCategory category;

    @Column(name = "district_code")
    public String districtCode;

    public String street;

    public String community;

    public String address;

    @Enumerated(EnumType.STRING)
    public FamilyStatus status;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel = RiskLevel.UNASSESSED;

    @Column(name = "latest_assessment_id")
    public UUID latestAssessmentId;

    @Column(name = "last_contact_at")
    public OffsetDateTime lastContactAt;

    @Column(name = "last_visit_at")
    public OffsetDateTime lastVisitAt;

    /** The city's calendar year of the latest home visit; {@link #visitsInYear} counts that year's visits. */
    @Column(name = "visit_year")
    public Integer visitYear;

    @Column(name = "visits_in_year")
    public int visitsInYear;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closure_reason")
    public String closureReason;

    @Version
    public long version;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FamilyMember> members = new ArrayList<>();

    /** The first registered member, the family's contact person in lists. */
    public FamilyMember head() {
        return members.isEmpty() ? null : members.get(0);
    }

    /** Counts a home visit made at {@code at}: towards its year's visits, when that is the latest year visited. */
    public void countVisit(OffsetDateTime at) {
        int year = at.atZoneSameInstant(CityCalendar.ZONE).getYear();
        if (visitYear == null || year > visitYear) {
            visitYear = year;
            visitsInYear = 1;
        } else if (year == visitYear) {
            visitsInYear++;
        }
    }

    /** Home visits made in {@code year} of the city's calendar (known for the latest year visited; none before). */
    public int visitsIn(int year) {
        return visitYear != null && visitYear == year ? visitsInYear : 0;
    }
}
