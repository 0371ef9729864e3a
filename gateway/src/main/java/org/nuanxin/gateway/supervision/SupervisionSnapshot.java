package org.nuanxin.gateway.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the supervision screen shows, as one JSON document: the figures of every district the caller may see, the
 * warm-home sites with their standard, and the city's programme figures (city-wide callers only). Amounts are yuan
 * as decimal strings with two decimals.
 *
 * @param programme null for district-level callers, whose figures are their district's only
 */
public record SupervisionSnapshot(
        @Schema(example = "3012") int totalFamilies,
        List<DistrictCount> byDistrict,
        List<SiteStatus> sites,
        @Schema(description = "null for district-level callers", nullable = true) Programme programme,
        OffsetDateTime updatedAt) {

    /** One district's figures. */
    public record DistrictCount(
            @Schema(example = "350203") String districtCode,
            @Schema(example = "思明区") String districtName,
            @Schema(example = "720") int families,
            @Schema(example = "610") int bereaved,
            @Schema(example = "110") int disabledChild,
            Coverage coverage,
            Cadence cadence,
            Volunteers volunteers,
            Insurance insurance,
            Sites sites) {
    }

    /** Active families with each of the three coverages every family must have. */
    public record Coverage(
            @Schema(example = "702") long liaisons,
            @Schema(example = "640") long familyDoctor,
            @Schema(example = "650") long greenChannel) {
    }

    /**
     * Contact cadence: active families not contacted or visited within it, home visits this week and month
     * (Xiamen's calendar), follow-ups announced overdue and not yet done, high-risk families not visited within it.
     */
    public record Cadence(
            @Schema(example = "35") long notContacted,
            @Schema(example = "80") long notVisited,
            @Schema(example = "160") long visitsThisWeek,
            @Schema(example = "590") long visitsThisMonth,
            @Schema(example = "12") long overdueFollowUps,
            @Schema(example = "2") long highRiskNotVisited) {
    }

    /** Volunteers of the district: active now, hours credited this month, tasks and call-campaign entries. */
    public record Volunteers(
            @Schema(example = "480") long active,
            @Schema(example = "1260.5") String hoursThisMonth,
            @Schema(example = "96") long openTasks,
            @Schema(example = "4") long overdueTasks,
            @Schema(example = "310") long callsDone,
            @Schema(example = "12") long callsUnreached,
            @Schema(example = "40") long callsPending) {
    }

    /**
     * Insurance of the district's families: insurable members of active bereaved families, persons enrolled, claims
     * by status, amounts approved and paid, and the mean hours from submission to decision (null before any).
     */
    public record Insurance(
            @Schema(example = "1220") long insurable,
            @Schema(example = "1214") long enrolled,
            @Schema(example = "3") long claimsPendingReview,
            @Schema(example = "140") long claimsApproved,
            @Schema(example = "9") long claimsRejected,
            @Schema(example = "120") long claimsPaid,
            @Schema(example = "812340.50") String approvedAmount,
            @Schema(example = "700112.00") String paidAmount,
            @Schema(description = "null before any claim was decided", example = "5.2", nullable = true)
            Double avgDecisionHours) {
    }

    /**
     * Warm-home sites of the district: how many, how many meet the standard, bereaved families a site serves,
     * lectures and free clinics held this year ("双百"), activities held and attendance this month.
     */
    public record Sites(
            @Schema(example = "2") long sites,
            @Schema(example = "1") long meetingStandard,
            @Schema(example = "410") long bereavedReached,
            @Schema(example = "31") long lecturesThisYear,
            @Schema(example = "18") long clinicsThisYear,
            @Schema(example = "22") long activitiesThisMonth,
            @Schema(example = "540") long attendanceThisMonth) {
    }

    /** A site and its standard: null until the site has been measured. */
    public record SiteStatus(
            UUID siteId,
            @Schema(example = "思明区滨海街道暖心家园") String name,
            @Schema(example = "350203") String districtCode,
            @Schema(description = "null until the site has been measured", nullable = true) Boolean meetsStandard,
            List<String> shortfalls) {
    }

    /**
     * The city's programme figures for the current policy year: the premium budget against the premiums of the
     * persons enrolled, and the "双百" counts (lectures and expert free clinics held, each towards 100).
     */
    public record Programme(
            @Schema(example = "2026") int year,
            @Schema(description = "null while no budget is set for the year", example = "1200000.00", nullable = true)
            String premiumBudget,
            @Schema(example = "1095000.00") String premiumsDue,
            @Schema(description = "premiumBudget - premiumsDue; null while no budget is set", example = "105000.00",
                    nullable = true) String budgetLeft,
            @Schema(example = "76") long lecturesThisYear,
            @Schema(example = "58") long clinicsThisYear,
            @Schema(example = "100") int doubleHundredTarget) {
    }

    /** The part a district-level caller may see: their own district's figures and sites, no city-wide figures. */
    public SupervisionSnapshot restrictedTo(String districtCode) {
        List<DistrictCount> own = byDistrict.stream().filter(d -> d.districtCode().equals(districtCode)).toList();
        List<SiteStatus> ownSites = sites.stream().filter(s -> s.districtCode().equals(districtCode)).toList();
        return new SupervisionSnapshot(own.stream().mapToInt(DistrictCount::families).sum(), own, ownSites, null,
                updatedAt);
    }
}
