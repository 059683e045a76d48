-- Why a pipeline is paused when Köprü paused it itself (a vendor account out of credit, in the vendor's words); null
-- when a person paused it or it is not paused.
ALTER TABLE pipeline_schedules ADD COLUMN paused_reason VARCHAR(1000);
