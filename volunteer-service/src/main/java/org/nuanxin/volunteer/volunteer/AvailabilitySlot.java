package org.nuanxin.volunteer.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.Objects;

/** One weekly slot in which a volunteer can usually serve, e.g. Tuesday afternoon. */
@Embeddable
@Schema(name = "AvailabilitySlot")
public class AvailabilitySlot {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    @NotNull(message = "请选择星期")
    @Schema(example = "TUESDAY")
    public DayOfWeek day;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_of_day")
    @NotNull(message = "请选择时段")
    @Schema(example = "AFTERNOON")
    public PartOfDay part;

    public AvailabilitySlot() {
    }

    public AvailabilitySlot(DayOfWeek day, PartOfDay part) {
        this.day = day;
        this.part = part;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AvailabilitySlot slot && slot.day == day && slot.part == part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, part);
    }
}
