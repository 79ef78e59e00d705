-- Settings a beheerder changes in the console without a restart (retention days, waiting-time limits). Each row
-- overrides the configuration value of the same meaning; a missing row means "as configured".
CREATE TABLE runtime_setting (
    name           VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200) NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    changed_by     BIGINT REFERENCES staff_account (id)
);

-- The municipality profile edited in the console (one row, id 1). A NULL field keeps selam.municipality.*.
-- office_hours: seven day slots Monday..Sunday separated by '|', each 'HH:MM-HH:MM' or empty for closed.
CREATE TABLE municipality_profile (
    id            INTEGER      NOT NULL PRIMARY KEY,
    naam          VARCHAR(100),
    telefoon      VARCHAR(30),
    website       VARCHAR(200),
    office_hours  VARCHAR(200),
    changed_at    TIMESTAMP    NOT NULL,
    changed_by    BIGINT REFERENCES staff_account (id)
);
