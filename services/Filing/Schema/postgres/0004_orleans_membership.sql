-- Orleans cluster membership for the Filing silos (Microsoft.Orleans.Clustering.AdoNet, Invariant "Npgsql").
--
-- The provider runs no SQL of its own: at start it reads `SELECT QueryKey, QueryText FROM OrleansQuery` and refuses
-- to start unless every query it needs is there. Those queries are this project's, written for the contract the
-- provider's C# states (services/Filing/Cluster/FilingClustering.cs and docs/decisions/0001 say more):
--   * parameters are bound by name (@DeploymentId = the ClusterId, @Address/@Port/@Generation = one silo,
--     @Version = the table version the caller read, as its etag);
--   * rows are read by column name (Version, Address, Port, Generation, SiloName, HostName, Status, ProxyPort,
--     SuspectTimes, StartTime, IAmAliveTime); a membership read returns the version row even with no members;
--   * a conditional write answers one row with one boolean column: did it happen.
-- Every write that changes a member (insert, status, suspicions) moves the cluster's version on by one, and only
-- if the version is still the one the writer read: the compare-and-swap the membership protocol is built on. The
-- version row's lock orders concurrent writers. Heartbeats (IAmAlive) touch only their own row and no version.
--
-- OrleansQuery is the one table without the service's prefix: its name is fixed by the provider.

CREATE TABLE OrleansQuery (
    QueryKey VARCHAR(64) PRIMARY KEY,
    QueryText TEXT NOT NULL
);

CREATE TABLE filing_orleans_membership_versions (
    deployment_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE filing_orleans_members (
    deployment_id TEXT NOT NULL REFERENCES filing_orleans_membership_versions (deployment_id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    port INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    silo_name TEXT NOT NULL,
    host_name TEXT NOT NULL,
    status INTEGER NOT NULL,
    proxy_port INTEGER NOT NULL,
    suspect_times TEXT NULL,
    start_time TIMESTAMPTZ NOT NULL,
    i_am_alive_time TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- First silo of a cluster: create its version row. True if this call created it.
('InsertMembershipVersionKey', $sql$
WITH created AS (
    INSERT INTO filing_orleans_membership_versions (deployment_id, version, changed_at)
    VALUES (@DeploymentId, 0, now())
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created)
$sql$),

-- A silo announces itself (status Joining). Refused if the version moved since the caller read it, or if the row
-- already exists (then the version is left alone too).
('InsertMembershipKey', $sql$
WITH moved AS (
    UPDATE filing_orleans_membership_versions
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId
      AND version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM filing_orleans_members
          WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING deployment_id
), inserted AS (
    INSERT INTO filing_orleans_members
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, suspect_times,
         start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, NULL,
           @StartTime, @IAmAliveTime
    FROM moved
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted)
$sql$),

-- Status changes (Active, ShuttingDown, Dead) and death votes (SuspectTimes), under the same compare-and-swap.
('UpdateMembershipKey', $sql$
WITH moved AS (
    UPDATE filing_orleans_membership_versions
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId
      AND version = @Version
      AND EXISTS (
          SELECT 1 FROM filing_orleans_members
          WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING deployment_id
), updated AS (
    UPDATE filing_orleans_members AS m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM moved
    WHERE m.deployment_id = moved.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated)
$sql$),

-- The heartbeat: diagnostic and used to discount stale silos' votes; it is not a membership change.
('UpdateIAmAlivetimeKey', $sql$
UPDATE filing_orleans_members
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$sql$),

('MembershipReadRowKey', $sql$
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM filing_orleans_membership_versions AS v
LEFT JOIN filing_orleans_members AS m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$sql$),

('MembershipReadAllKey', $sql$
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM filing_orleans_membership_versions AS v
LEFT JOIN filing_orleans_members AS m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$sql$),

-- Where clients connect: silos in the status asked for (Active) that run a gateway.
('GatewaysQueryKey', $sql$
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM filing_orleans_members
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$sql$),

-- Forget a whole cluster (tests and tools; never called by a running silo). The members go with the version row.
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM filing_orleans_membership_versions WHERE deployment_id = @DeploymentId
$sql$),

-- Housekeeping: rows of silos declared Dead (6) whose last heartbeat is older than the cut-off. Dead is final (a
-- silo that comes back gets a new generation, so a new row), and no membership decision reads a Dead row's fields,
-- so deleting one is not a membership change and leaves the version alone.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM filing_orleans_members
WHERE deployment_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
$sql$);
