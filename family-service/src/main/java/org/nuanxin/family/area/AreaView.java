package org.nuanxin.family.area;

import java.util.List;

/** A district and its streets, as the registration form offers them. */
public record AreaView(String code, String name, List<String> streets) {

    static AreaView of(District district) {
        return new AreaView(district.code, district.name, List.copyOf(district.streets));
    }
}
