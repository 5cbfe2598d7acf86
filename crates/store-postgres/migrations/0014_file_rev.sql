-- Every change to a child's file moves the file's revision on, in the same transaction.
-- A server keeps files it has read in memory and checks with one lookup whether its copy is
-- still current; this also holds when another server, or an operator in SQL, made the change.
-- Names shown in a file (people, the school) move it on too when they change.
ALTER TABLE trajecten ADD COLUMN rev BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION trajecten_rev() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.rev = OLD.rev THEN
        NEW.rev := OLD.rev + 1;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER trajecten_rev BEFORE UPDATE ON trajecten FOR EACH ROW EXECUTE FUNCTION trajecten_rev();

CREATE FUNCTION file_part_rev() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.traject_id <> OLD.traject_id) THEN
        UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tr_participants_rev AFTER INSERT OR UPDATE OR DELETE ON tr_participants FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER tr_ticks_rev AFTER INSERT OR UPDATE OR DELETE ON tr_ticks FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER tr_consents_rev AFTER INSERT OR UPDATE OR DELETE ON tr_consents FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER tr_notes_rev AFTER INSERT OR UPDATE OR DELETE ON tr_notes FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER tr_timeline_rev AFTER INSERT OR UPDATE OR DELETE ON tr_timeline FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER tr_dates_rev AFTER INSERT OR UPDATE OR DELETE ON tr_dates FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER documents_rev AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER document_versions_rev AFTER INSERT OR UPDATE OR DELETE ON document_versions FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER document_records_rev AFTER INSERT OR UPDATE OR DELETE ON document_records FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER gesprekken_rev AFTER INSERT OR UPDATE OR DELETE ON gesprekken FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER gs_companions_rev AFTER INSERT OR UPDATE OR DELETE ON gs_companions FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER gs_agenda_rev AFTER INSERT OR UPDATE OR DELETE ON gs_agenda FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER gs_answers_rev AFTER INSERT OR UPDATE OR DELETE ON gs_answers FOR EACH ROW EXECUTE FUNCTION file_part_rev();
CREATE TRIGGER gs_responses_rev AFTER INSERT OR UPDATE OR DELETE ON gs_responses FOR EACH ROW EXECUTE FUNCTION file_part_rev();

CREATE FUNCTION users_name_rev() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE trajecten SET rev = rev + 1 WHERE id IN (
        SELECT traject_id FROM tr_participants WHERE user_id = NEW.id
        UNION SELECT traject_id FROM tr_timeline WHERE actor_id = NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER users_name_rev AFTER UPDATE OF name ON users FOR EACH ROW
    WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION users_name_rev();

CREATE FUNCTION organisations_name_rev() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE trajecten SET rev = rev + 1 WHERE school_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER organisations_name_rev AFTER UPDATE OF name ON organisations FOR EACH ROW
    WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION organisations_name_rev();
