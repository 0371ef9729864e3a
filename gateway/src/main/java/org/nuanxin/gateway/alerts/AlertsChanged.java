package org.nuanxin.gateway.alerts;

/** Fired when alerts were raised, acknowledged or resolved; the stream sends every change after {@code afterSeq}. */
public record AlertsChanged() {
}
