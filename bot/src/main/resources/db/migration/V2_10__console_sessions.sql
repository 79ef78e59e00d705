-- Console login sessions (issue 10). The signed login cookie names one of these rows; every console request checks
-- that it is still live, so logging out, deactivating an account or resetting its password ends the session on every
-- instance at once, not when the cookie would have expired.
CREATE TABLE console_session (
    sid         VARCHAR(64) NOT NULL PRIMARY KEY,
    staff_id    BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    revoked_at  TIMESTAMP
);
CREATE INDEX ix_console_session_staff ON console_session (staff_id);
