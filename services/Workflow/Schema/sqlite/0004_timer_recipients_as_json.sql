-- A review limit's recipients become a JSON array (were newline-separated text). Existing rows are converted here:
-- each line becomes a JSON string, in order; empty lines are dropped, as the old reader dropped them.
WITH RECURSIVE lines(key, position, line, rest) AS (
    SELECT key, 0, NULL, recipients || char(10) FROM workflow_timers WHERE recipients IS NOT NULL AND recipients NOT LIKE '[%'
    UNION ALL
    SELECT key, position + 1, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1) FROM lines WHERE rest <> ''
)
UPDATE workflow_timers
SET recipients = (
    SELECT json_group_array(line) FROM (
        SELECT line FROM lines WHERE lines.key = workflow_timers.key AND line IS NOT NULL AND line <> '' ORDER BY position)
)
WHERE recipients IS NOT NULL AND recipients NOT LIKE '[%';
