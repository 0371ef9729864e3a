package org.nuanxin.common.outbox;

/** Fired when an event is added to the outbox; observed after commit to relay without waiting for the poll. */
public record OutboxWritten() {
}
