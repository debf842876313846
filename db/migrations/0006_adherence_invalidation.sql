-- Stored adherence (adherence_weeks) counts only while its versions equal the athlete's. Every
-- change to what adherence is computed from bumps them here, in the database, so that no code
-- path can forget to: users.adherence_version for what settled weeks depend on (assignments,
-- pauses, run days, time zones, check-offs in a settled week), users.adherence_live_version for
-- every check-off (the weeks still open to them).
CREATE FUNCTION adherence_bump(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE users SET adherence_version = adherence_version + 1 WHERE id = ANY(ids);
$$;
--> statement-breakpoint
CREATE FUNCTION adherence_users_time_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.time_zone IS DISTINCT FROM OLD.time_zone THEN
    NEW.adherence_version := OLD.adherence_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_adherence_time_zone BEFORE UPDATE OF time_zone ON users
  FOR EACH ROW EXECUTE FUNCTION adherence_users_time_zone();
--> statement-breakpoint
CREATE FUNCTION adherence_organisation_time_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET adherence_version = adherence_version + 1 WHERE org_id = NEW.id AND time_zone IS NULL;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_adherence_time_zone AFTER UPDATE OF time_zone ON organisations
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION adherence_organisation_time_zone();
--> statement-breakpoint
CREATE FUNCTION adherence_profile_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM adherence_bump(ARRAY[NEW.user_id]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM adherence_bump(ARRAY[OLD.user_id]);
  ELSIF NEW.run_days IS DISTINCT FROM OLD.run_days OR NEW.user_id <> OLD.user_id THEN
    PERFORM adherence_bump(ARRAY[OLD.user_id, NEW.user_id]);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER athlete_profiles_adherence AFTER INSERT OR UPDATE OR DELETE ON athlete_profiles
  FOR EACH ROW EXECUTE FUNCTION adherence_profile_change();
--> statement-breakpoint
-- Statement-level with transition tables: assigning a program to a team or generating a year
-- of history is one statement, and bumps each athlete once.
CREATE FUNCTION adherence_assignments_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM adherence_bump(ARRAY(SELECT DISTINCT athlete_id FROM new_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION adherence_assignments_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM adherence_bump(ARRAY(SELECT DISTINCT athlete_id FROM old_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assignments_adherence_insert AFTER INSERT ON assignments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_assignments_new();
--> statement-breakpoint
CREATE TRIGGER assignments_adherence_update AFTER UPDATE ON assignments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_assignments_new();
--> statement-breakpoint
CREATE TRIGGER assignments_adherence_update_old AFTER UPDATE ON assignments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_assignments_old();
--> statement-breakpoint
CREATE TRIGGER assignments_adherence_delete AFTER DELETE ON assignments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_assignments_old();
--> statement-breakpoint
CREATE FUNCTION adherence_pauses_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM adherence_bump(ARRAY(SELECT DISTINCT a.athlete_id FROM new_rows p JOIN assignments a ON a.id = p.assignment_id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION adherence_pauses_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM adherence_bump(ARRAY(SELECT DISTINCT a.athlete_id FROM old_rows p JOIN assignments a ON a.id = p.assignment_id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assignment_pauses_adherence_insert AFTER INSERT ON assignment_pauses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_pauses_new();
--> statement-breakpoint
CREATE TRIGGER assignment_pauses_adherence_update AFTER UPDATE ON assignment_pauses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_pauses_new();
--> statement-breakpoint
CREATE TRIGGER assignment_pauses_adherence_update_old AFTER UPDATE ON assignment_pauses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_pauses_old();
--> statement-breakpoint
CREATE TRIGGER assignment_pauses_adherence_delete AFTER DELETE ON assignment_pauses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_pauses_old();
--> statement-breakpoint
CREATE FUNCTION adherence_completions_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Per athlete, the span of days touched: one statement in the app touches one day, and a
  -- bulk load that spans a year merely invalidates a little more than it must.
  WITH d AS (SELECT athlete_id, min(day) AS lo, max(day) AS hi FROM new_rows GROUP BY athlete_id)
  UPDATE users u
     SET adherence_live_version = u.adherence_live_version + 1,
         adherence_version = u.adherence_version + (EXISTS (
           SELECT 1 FROM adherence_weeks r
            WHERE r.athlete_id = d.athlete_id AND r.as_of IS NULL AND r.week BETWEEN d.lo - 6 AND d.hi))::int
    FROM d WHERE u.id = d.athlete_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION adherence_completions_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Per athlete, the span of days touched: one statement in the app touches one day, and a
  -- bulk load that spans a year merely invalidates a little more than it must.
  WITH d AS (SELECT athlete_id, min(day) AS lo, max(day) AS hi FROM old_rows GROUP BY athlete_id)
  UPDATE users u
     SET adherence_live_version = u.adherence_live_version + 1,
         adherence_version = u.adherence_version + (EXISTS (
           SELECT 1 FROM adherence_weeks r
            WHERE r.athlete_id = d.athlete_id AND r.as_of IS NULL AND r.week BETWEEN d.lo - 6 AND d.hi))::int
    FROM d WHERE u.id = d.athlete_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER completions_adherence_insert AFTER INSERT ON completions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_completions_new();
--> statement-breakpoint
CREATE TRIGGER completions_adherence_update AFTER UPDATE ON completions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_completions_new();
--> statement-breakpoint
CREATE TRIGGER completions_adherence_update_old AFTER UPDATE ON completions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_completions_old();
--> statement-breakpoint
CREATE TRIGGER completions_adherence_delete AFTER DELETE ON completions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adherence_completions_old();
