-- The language a staff member reads Selam's staff texts in (Telegram notices and commands; the console where it has
-- that language). Its own table rather than a column of staff_account, so the account record stays as it is.
CREATE TABLE staff_language (
    staff_id  BIGINT     NOT NULL PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    language  VARCHAR(5) NOT NULL
);

-- What each bot message to a staff chat is: a NOTICE of a new escalation (edited to "taken by ..." once it is no
-- longer open: settled), the CLAIMED confirmation, or a RELAY of one of the resident's messages (resident_message_id,
-- unique per staff member so a message is relayed once even with two instances).
ALTER TABLE telegram_staff_notice ADD COLUMN kind VARCHAR(10) DEFAULT 'NOTICE' NOT NULL;
ALTER TABLE telegram_staff_notice ADD COLUMN settled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE telegram_staff_notice ADD COLUMN resident_message_id BIGINT;
CREATE UNIQUE INDEX uq_telegram_staff_relay ON telegram_staff_notice (resident_message_id, staff_id);
CREATE INDEX ix_telegram_staff_notice_open ON telegram_staff_notice (kind, settled);

-- The inbox for updates from staff chats: a row is written before the update is acted on, and processed_at once it
-- was, so a redelivered update (restart before confirming, webhook retry) is recognised and does nothing.
CREATE TABLE telegram_staff_inbox (
    update_key    VARCHAR(80) NOT NULL PRIMARY KEY,
    received_at   TIMESTAMP   NOT NULL,
    processed_at  TIMESTAMP
);
