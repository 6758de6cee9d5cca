-- A review limit's recipients become a JSON array (were newline-separated text). Existing rows are converted here;
-- an empty text becomes an empty array, as the old reader dropped empty entries.
ALTER TABLE workflow_timers
    ALTER COLUMN recipients TYPE JSONB
    USING CASE WHEN recipients IS NULL THEN NULL ELSE to_jsonb(array_remove(string_to_array(recipients, E'\n'), '')) END;
