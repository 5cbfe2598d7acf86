-- Every change to a child's file moves the file's revision on, in the same transaction.
-- A server keeps files it has read in memory and checks with one lookup whether its copy is
-- still current; this also holds when another server, or an operator in SQL, made the change.
-- Names shown in a file (people, the school) move it on too when they change.
ALTER TABLE trajecten ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER trajecten_rev AFTER UPDATE ON trajecten WHEN NEW.rev = OLD.rev
BEGIN UPDATE trajecten SET rev = OLD.rev + 1 WHERE id = NEW.id; END;

CREATE TRIGGER tr_participants_rev_insert AFTER INSERT ON tr_participants
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER tr_participants_rev_update AFTER UPDATE ON tr_participants
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER tr_participants_rev_delete AFTER DELETE ON tr_participants
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER tr_ticks_rev_insert AFTER INSERT ON tr_ticks
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER tr_ticks_rev_update AFTER UPDATE ON tr_ticks
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER tr_ticks_rev_delete AFTER DELETE ON tr_ticks
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER tr_consents_rev_insert AFTER INSERT ON tr_consents
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER tr_consents_rev_update AFTER UPDATE ON tr_consents
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER tr_consents_rev_delete AFTER DELETE ON tr_consents
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER tr_notes_rev_insert AFTER INSERT ON tr_notes
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER tr_notes_rev_update AFTER UPDATE ON tr_notes
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER tr_notes_rev_delete AFTER DELETE ON tr_notes
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER tr_timeline_rev_insert AFTER INSERT ON tr_timeline
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER tr_timeline_rev_update AFTER UPDATE ON tr_timeline
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER tr_timeline_rev_delete AFTER DELETE ON tr_timeline
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER tr_dates_rev_insert AFTER INSERT ON tr_dates
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER tr_dates_rev_update AFTER UPDATE ON tr_dates
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER tr_dates_rev_delete AFTER DELETE ON tr_dates
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER documents_rev_insert AFTER INSERT ON documents
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER documents_rev_update AFTER UPDATE ON documents
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER documents_rev_delete AFTER DELETE ON documents
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER document_versions_rev_insert AFTER INSERT ON document_versions
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER document_versions_rev_update AFTER UPDATE ON document_versions
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER document_versions_rev_delete AFTER DELETE ON document_versions
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER document_records_rev_insert AFTER INSERT ON document_records
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER document_records_rev_update AFTER UPDATE ON document_records
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER document_records_rev_delete AFTER DELETE ON document_records
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER gesprekken_rev_insert AFTER INSERT ON gesprekken
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER gesprekken_rev_update AFTER UPDATE ON gesprekken
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER gesprekken_rev_delete AFTER DELETE ON gesprekken
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER gs_companions_rev_insert AFTER INSERT ON gs_companions
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER gs_companions_rev_update AFTER UPDATE ON gs_companions
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER gs_companions_rev_delete AFTER DELETE ON gs_companions
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER gs_agenda_rev_insert AFTER INSERT ON gs_agenda
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER gs_agenda_rev_update AFTER UPDATE ON gs_agenda
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER gs_agenda_rev_delete AFTER DELETE ON gs_agenda
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER gs_answers_rev_insert AFTER INSERT ON gs_answers
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER gs_answers_rev_update AFTER UPDATE ON gs_answers
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER gs_answers_rev_delete AFTER DELETE ON gs_answers
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER gs_responses_rev_insert AFTER INSERT ON gs_responses
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = NEW.traject_id; END;
CREATE TRIGGER gs_responses_rev_update AFTER UPDATE ON gs_responses
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (OLD.traject_id, NEW.traject_id); END;
CREATE TRIGGER gs_responses_rev_delete AFTER DELETE ON gs_responses
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id = OLD.traject_id; END;

CREATE TRIGGER users_name_rev AFTER UPDATE OF name ON users
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE id IN (
    SELECT traject_id FROM tr_participants WHERE user_id = NEW.id
    UNION SELECT traject_id FROM tr_timeline WHERE actor_id = NEW.id); END;
CREATE TRIGGER organisations_name_rev AFTER UPDATE OF name ON organisations
BEGIN UPDATE trajecten SET rev = rev + 1 WHERE school_id = NEW.id; END;
