-- One counter that every content change (a published FAQ revision, the municipality profile) raises. Each instance
-- remembers the value its Lucene index was built from and rebuilds when the counter moves, so several instances
-- behind a load balancer answer with the same published text without any cluster protocol.
CREATE TABLE content_version (
    id       INTEGER NOT NULL PRIMARY KEY,
    version  BIGINT  NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);
