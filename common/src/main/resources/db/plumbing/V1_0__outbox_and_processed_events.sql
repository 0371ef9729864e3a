-- Shared plumbing tables, created in every service's own database (Flyway location db/plumbing).

-- Transactional outbox: a domain event is written here in the same transaction as the state change,
-- then relayed to Kafka; published_at is set once the broker acknowledged it (acks=all).
CREATE TABLE outbox_event (
    id             UUID PRIMARY KEY,
    seq            BIGSERIAL NOT NULL UNIQUE,
    topic          VARCHAR(200) NOT NULL,
    aggregate_type VARCHAR(100) NOT NULL,
    aggregate_id   VARCHAR(100) NOT NULL,
    event_type     VARCHAR(200) NOT NULL,
    payload        TEXT NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumers: an event id is recorded in the consumer's transaction with its effect,
-- so a redelivered event is recognised and skipped.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
