-- Two responder types (issue 15): professional tolken take crisis, medical and legal escalations, sleutelpersonen
-- (volunteers) the practical ones; see routing/rules.yml. NULL pool: opened before routing existed, anyone may take it.
ALTER TABLE escalation ADD COLUMN pool VARCHAR(20);
-- The FAQ topic the conversation was about when it was escalated (e.g. zorg.huisarts), or NULL. A topic id, never text.
ALTER TABLE escalation ADD COLUMN topic VARCHAR(100);
-- The supervisor's charts count escalations per day and language.
CREATE INDEX ix_escalation_created ON escalation (created_at);

-- When a tolk or sleutelpersoon last used the console: "active" for the fallback between the pools means seen within
-- selam.routing.active-within with a live login session (or linked on Telegram). One row per account.
CREATE TABLE staff_presence (
    staff_id   BIGINT    NOT NULL PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    last_seen  TIMESTAMP NOT NULL
);

-- The supervisor's "answered by Selam" chart counts Selam's answers per day.
CREATE INDEX ix_message_created ON message (created_at);
