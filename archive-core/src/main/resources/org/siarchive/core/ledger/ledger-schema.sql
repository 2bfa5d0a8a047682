-- siarchive transfer ledger: one row per event, append-only (PostgreSQL 12 or later).
-- An event's bytes are its RFC 8785 canonical JSON; idx is its 0-based leaf index in the
-- RFC 9162 Merkle tree. The primary key lets the database decide which of two racing writers
-- takes an index.
CREATE TABLE IF NOT EXISTS siarchive_ledger_event (
  ledger VARCHAR(100) NOT NULL,
  idx BIGINT NOT NULL CHECK (idx >= 0),
  event BYTEA NOT NULL CHECK (octet_length(event) > 0),
  PRIMARY KEY (ledger, idx)
);

CREATE OR REPLACE FUNCTION siarchive_ledger_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'siarchive ledger events are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

DROP TRIGGER IF EXISTS siarchive_ledger_append_only ON siarchive_ledger_event;
CREATE TRIGGER siarchive_ledger_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON siarchive_ledger_event
  FOR EACH STATEMENT EXECUTE FUNCTION siarchive_ledger_append_only();
