-- Which parts of the demo data were generated (nuanxin.demo.enabled): each runs once, in the transaction that
-- writes it.
CREATE TABLE demo_run (
    part         VARCHAR(20) PRIMARY KEY,
    generated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
