-- The outbox lease's fencing token: each attempt leases an entry under a fresh token, renews the lease while its
-- send is in flight, and writes the outcome (sent, retry, parked) only while the token is still its own. An attempt
-- whose lease ran out and was taken by another can no longer decide the entry (OutboxDispatcher).
ALTER TABLE outbox ADD COLUMN lease_token VARCHAR(36);
