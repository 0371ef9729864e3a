package org.nuanxin.gateway.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** What the supervision screen shows, as one JSON document sent on connect and after every change. */
public record SupervisionSnapshot(int totalFamilies, List<DistrictCount> byDistrict, OffsetDateTime updatedAt) {

    /**
     * One district's figures.
     *
     * @param coverage the active families with each of the three coverages every family must have
     * @param cadence  contact cadence: families not contacted or visited within it, visits this week and month
     *                 (Xiamen's calendar), follow-ups announced overdue and not yet done
     */
    public record DistrictCount(
            @Schema(example = "350203") String districtCode,
            @Schema(example = "思明区") String districtName,
            @Schema(example = "720") int families,
            @Schema(example = "610") int bereaved,
            @Schema(example = "110") int disabledChild,
            Coverage coverage,
            Cadence cadence) {
    }

    public record Coverage(
            @Schema(example = "702") long liaisons,
            @Schema(example = "640") long familyDoctor,
            @Schema(example = "650") long greenChannel) {
    }

    public record Cadence(
            @Schema(example = "35") long notContacted,
            @Schema(example = "80") long notVisited,
            @Schema(example = "160") long visitsThisWeek,
            @Schema(example = "590") long visitsThisMonth,
            @Schema(example = "12") long overdueFollowUps) {
    }

    /** The part a district-level caller may see: their own district only. */
    public SupervisionSnapshot restrictedTo(String districtCode) {
        List<DistrictCount> own = byDistrict.stream().filter(d -> d.districtCode().equals(districtCode)).toList();
        return new SupervisionSnapshot(own.stream().mapToInt(DistrictCount::families).sum(), own, updatedAt);
    }
}
