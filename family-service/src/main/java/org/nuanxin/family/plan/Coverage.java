package org.nuanxin.family.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The three coverages every family must have: both liaison posts filled, a valid family-doctor contract, a
 * green channel. {@code missing} names what is lacking, in that order.
 */
public record Coverage(
        @Schema(example = "true") boolean liaisons,
        @Schema(example = "true") boolean familyDoctor,
        @Schema(example = "true") boolean greenChannel,
        List<String> missing) {

    public static Coverage of(boolean liaisons, boolean familyDoctor, boolean greenChannel) {
        List<String> missing = new ArrayList<>();
        if (!liaisons) {
            missing.add("LIAISONS");
        }
        if (!familyDoctor) {
            missing.add("FAMILY_DOCTOR");
        }
        if (!greenChannel) {
            missing.add("GREEN_CHANNEL");
        }
        return new Coverage(liaisons, familyDoctor, greenChannel, List.copyOf(missing));
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
