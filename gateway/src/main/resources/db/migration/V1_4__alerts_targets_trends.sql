-- Supervision alerts: raised by the alert rules from the read models, acknowledged and resolved by coordinators.
-- Every change of an alert takes the next number of supervision_feed, which the live stream sends as the frame id,
-- so a screen that reconnects with Last-Event-ID gets every alert that changed while it was away.
CREATE SEQUENCE supervision_feed;

CREATE TABLE supervision_alert (
    id               UUID PRIMARY KEY,
    kind             VARCHAR(30) NOT NULL,
    severity         VARCHAR(10) NOT NULL,
    district_code    VARCHAR(6),
    subject_id       UUID NOT NULL,
    status           VARCHAR(15) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by  VARCHAR(100),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    resolved_by      VARCHAR(100),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolution       VARCHAR(500),
    -- a coordinator's resolution keeps the rule quiet about the same subject until then
    quiet_until      TIMESTAMP WITH TIME ZONE,
    feed_seq         BIGINT NOT NULL
);
-- One live alert per rule and subject.
CREATE UNIQUE INDEX supervision_alert_live ON supervision_alert (kind, subject_id) WHERE status <> 'RESOLVED';
CREATE INDEX supervision_alert_feed ON supervision_alert (feed_seq);
CREATE INDEX supervision_alert_list ON supervision_alert (status, district_code, raised_at DESC);

-- The 7 responsibility targets (责任目标), defined by a city coordinator.
CREATE TABLE responsibility_target (
    id             UUID PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    owner          VARCHAR(100) NOT NULL,
    indicator      VARCHAR(40) NOT NULL,
    district_code  VARCHAR(6),
    target_value   NUMERIC(14, 2) NOT NULL,
    baseline_value NUMERIC(14, 2) NOT NULL,
    deadline       DATE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INT NOT NULL DEFAULT 0
);

-- Each indicator's value per day, city-wide ('city') and per district, for the trend charts.
CREATE TABLE indicator_daily (
    day        DATE NOT NULL,
    scope      VARCHAR(6) NOT NULL,
    indicator  VARCHAR(40) NOT NULL,
    value      NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (indicator, scope, day)
);
