-- AuditEvent is append-only: the history of who did what must not be rewritten, even by a bug
-- or a hand-written query. Rows can only be inserted; UPDATE, DELETE and TRUNCATE fail here,
-- at the database. (Prisma does not model triggers; schema diffs ignore them.)
CREATE OR REPLACE FUNCTION "factmark_audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events can only be inserted; record a new event instead.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only_rows"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "factmark_audit_event_append_only"();

CREATE TRIGGER "AuditEvent_append_only_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "factmark_audit_event_append_only"();
