package org.nuanxin.family.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A district and its streets, as the registration form offers them. */
public record AreaView(
        @Schema(example = "350203") String code,
        String name,
        List<String> streets) {

    static AreaView of(District district) {
        return new AreaView(district.code, district.name, List.copyOf(district.streets));
    }
}
