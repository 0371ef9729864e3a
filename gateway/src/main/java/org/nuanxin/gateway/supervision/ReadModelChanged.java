package org.nuanxin.gateway.supervision;

/**
 * Fired by a projection; observed after its transaction commits to push fresh figures to the screens that see
 * the district. {@code districtCode} is null when the change is city-wide (a budget, say).
 */
public record ReadModelChanged(String districtCode) {
}
