-- Outreach call lists (welfare checks, reminders, surveys): callers work through a queue; an unreached entry
-- comes back after the campaign's redelivery delay, until its attempts run out.
CREATE TABLE call_campaign (
    id                        UUID PRIMARY KEY,
    name                      VARCHAR(60) NOT NULL,
    purpose                   VARCHAR(20) NOT NULL CHECK (purpose IN ('WELFARE_CHECK', 'REMINDER', 'SURVEY')),
    district_code             VARCHAR(6) REFERENCES district (code),
    redelivery_delay_seconds  INT NOT NULL CHECK (redelivery_delay_seconds >= 1),
    max_attempts              INT NOT NULL CHECK (max_attempts >= 1),
    status                    VARCHAR(10) NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_by                VARCHAR(100) NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE call_entry (
    id               UUID PRIMARY KEY,
    campaign_id      UUID NOT NULL REFERENCES call_campaign (id),
    family_id        UUID REFERENCES family_directory (family_id),
    volunteer_id     UUID REFERENCES volunteer (id),
    district_code    VARCHAR(6) NOT NULL,
    status           VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'CLAIMED', 'DONE', 'UNREACHED')),
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_at       TIMESTAMP WITH TIME ZONE,
    last_outcome     VARCHAR(20),
    needs_follow_up  BOOLEAN NOT NULL DEFAULT FALSE,
    version          BIGINT NOT NULL DEFAULT 0,
    CHECK (family_id IS NOT NULL OR volunteer_id IS NOT NULL)
);
CREATE INDEX call_entry_queue ON call_entry (campaign_id, status, next_attempt_at);

CREATE TABLE call_attempt (
    id          UUID PRIMARY KEY,
    entry_id    UUID NOT NULL REFERENCES call_entry (id),
    campaign_id UUID NOT NULL REFERENCES call_campaign (id),
    caller      VARCHAR(100) NOT NULL,
    outcome     VARCHAR(20) NOT NULL CHECK (outcome IN ('REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'REFUSED',
                    'NEEDS_FOLLOW_UP')),
    notes_enc   TEXT,
    called_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX call_attempt_by_caller ON call_attempt (campaign_id, caller, called_at);
