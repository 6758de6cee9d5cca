-- The W3C traceparent of the request that wrote the row: the relay's publish continues that trace.
ALTER TABLE {prefix}_outbox ADD COLUMN trace_parent TEXT NULL;
