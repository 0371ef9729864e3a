-- Why and when a family left the active registry.
ALTER TABLE family ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE family ADD COLUMN closed_by VARCHAR(100);
ALTER TABLE family ADD COLUMN closure_reason VARCHAR(200);
