-- Supervision read models, fed by the idempotent consumers of every service's topic.
-- Rebuilt from scratch by replaying the topics (see the gateway README).

-- Families per district and category, from family.events.
CREATE TABLE district_families (
    district_code  VARCHAR(6) PRIMARY KEY,
    district_name  VARCHAR(20) NOT NULL,
    sort_order     INT NOT NULL,
    bereaved       INT NOT NULL DEFAULT 0,
    disabled_child INT NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP WITH TIME ZONE
);

INSERT INTO district_families (district_code, district_name, sort_order) VALUES
    ('350203', '思明区', 1),
    ('350206', '湖里区', 2),
    ('350211', '集美区', 3),
    ('350205', '海沧区', 4),
    ('350212', '同安区', 5),
    ('350213', '翔安区', 6);
