-- Event order without a global lock. Until now every event writer took one advisory lock so that ids became
-- visible in increasing order, which serialised every posting transaction behind the one before it. Now each
-- event records the transaction that wrote it (`tx`, a 64-bit transaction id), and readers deliver events in
-- (tx, id) order and only those whose transaction is older than every transaction still in progress
-- (`tx < pg_snapshot_xmin(pg_current_snapshot())`): such a transaction has ended, so nothing can later appear
-- before what was delivered, and concurrent writers no longer wait for each other.
-- Events written before this migration were committed in id order under the lock: they all get tx 1, which is
-- below every real transaction id (normal ids start at 3), so they keep their order and come first.
ALTER TABLE events ADD COLUMN tx xid8 NOT NULL DEFAULT '1';
ALTER TABLE events ALTER COLUMN tx SET DEFAULT pg_current_xact_id();
CREATE INDEX events_order_idx ON events (tx, id);
