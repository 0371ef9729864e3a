-- Xiamen's districts (GB/T 2260 codes), the same reference data as family-service's; a volunteer serves in one.
CREATE TABLE district (
    code       VARCHAR(6) PRIMARY KEY,
    name       VARCHAR(20) NOT NULL UNIQUE,
    sort_order INT NOT NULL
);

INSERT INTO district (code, name, sort_order) VALUES
    ('350203', '思明区', 1),
    ('350206', '湖里区', 2),
    ('350211', '集美区', 3),
    ('350205', '海沧区', 4),
    ('350212', '同安区', 5),
    ('350213', '翔安区', 6);
