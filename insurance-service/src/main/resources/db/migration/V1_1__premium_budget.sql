-- The premium budget the association sets aside for each policy year (yuan; the programme pays every premium).
CREATE TABLE premium_budget (
    year    INT PRIMARY KEY CHECK (year BETWEEN 2020 AND 2100),
    amount  NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    set_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by  VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
