package org.nuanxin.gateway.supervision;

/** Fired by a projection; observed after its transaction commits to push a fresh snapshot. */
public record ReadModelChanged() {
}
