-- Portal settings and branding are cached in each Portico process until they change. Whatever changes them (the
-- app, a seed, the CLI, an operator in psql) tells every process listening to drop its copy: the NOTIFY is sent
-- on commit, never for a rolled-back change. On the embedded engine nothing listens (one process, which clears its
-- own cache after its own commits); the trigger is harmless there.
CREATE FUNCTION portal_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('portico_settings_changed', '');
  RETURN NULL;
END $$;

CREATE TRIGGER portal_settings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_settings
  FOR EACH STATEMENT EXECUTE FUNCTION portal_settings_changed();
