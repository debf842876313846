-- athlete_week_pain follows pain_reports here, in the database, so that no write path can forget
-- it. A row is kept for both week starts (Monday and Sunday), so changing the organisation's
-- first day of the week needs no rebuild.
CREATE FUNCTION athlete_week_pain_week(day date, starts_on smallint) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN starts_on = 7 THEN date_trunc('week', (day + 1)::timestamp)::date - 1 ELSE date_trunc('week', day::timestamp)::date END;
$$;
--> statement-breakpoint
CREATE FUNCTION athlete_week_pain_weeks(athletes uuid[], orgs uuid[], days date[])
  RETURNS TABLE (athlete_id uuid, org_id uuid, week_starts_on smallint, week date) LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT t.athlete_id, t.org_id, s.starts_on, athlete_week_pain_week(t.day, s.starts_on)
    FROM unnest(athletes, orgs, days) t(athlete_id, org_id, day)
   CROSS JOIN (VALUES (1::smallint), (7::smallint)) s(starts_on);
$$;
--> statement-breakpoint
-- New reports can only raise a week's worst, so the greater of the stored and the new value is
-- right whatever order concurrent writers commit in.
CREATE FUNCTION athlete_week_pain_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO athlete_week_pain (athlete_id, org_id, week_starts_on, week, worst)
  SELECT r.athlete_id, r.org_id, s.starts_on, athlete_week_pain_week(r.day, s.starts_on), max(r.pain_now)
    FROM new_rows r CROSS JOIN (VALUES (1::smallint), (7::smallint)) s(starts_on)
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 3, 4
  ON CONFLICT (athlete_id, week_starts_on, week) DO UPDATE SET worst = greatest(athlete_week_pain.worst, excluded.worst);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A correction or a deletion can lower a week's worst, so its weeks are counted again. They are
-- locked first and counted in the next statement, whose snapshot sees every writer that held
-- the lock before.
CREATE FUNCTION athlete_week_pain_recount(athletes uuid[], orgs uuid[], days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM athlete_week_pain a JOIN athlete_week_pain_weeks(athletes, orgs, days) t USING (athlete_id, week_starts_on, week)
   ORDER BY a.athlete_id, a.week_starts_on, a.week FOR UPDATE OF a;
  WITH counted AS (
    SELECT t.*, (SELECT max(p.pain_now) FROM pain_reports p WHERE p.athlete_id = t.athlete_id AND p.day BETWEEN t.week AND t.week + 6) AS worst
      FROM athlete_week_pain_weeks(athletes, orgs, days) t),
  emptied AS (
    DELETE FROM athlete_week_pain a USING counted c
     WHERE c.worst IS NULL AND a.athlete_id = c.athlete_id AND a.week_starts_on = c.week_starts_on AND a.week = c.week)
  INSERT INTO athlete_week_pain (athlete_id, org_id, week_starts_on, week, worst)
  SELECT c.athlete_id, c.org_id, c.week_starts_on, c.week, c.worst FROM counted c WHERE c.worst IS NOT NULL ORDER BY 1, 3, 4
  ON CONFLICT (athlete_id, week_starts_on, week) DO UPDATE SET worst = excluded.worst;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION athlete_week_pain_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  athletes uuid[];
  orgs uuid[];
  days date[];
BEGIN
  SELECT array_agg(r.athlete_id), array_agg(r.org_id), array_agg(r.day) INTO athletes, orgs, days
    FROM (SELECT o.athlete_id, o.org_id, o.day FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.athlete_id, o.org_id, o.day, o.pain_now) IS DISTINCT FROM (n.athlete_id, n.org_id, n.day, n.pain_now)
          UNION
          SELECT n.athlete_id, n.org_id, n.day FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.athlete_id, o.org_id, o.day, o.pain_now) IS DISTINCT FROM (n.athlete_id, n.org_id, n.day, n.pain_now)) r;
  IF athletes IS NOT NULL THEN
    PERFORM athlete_week_pain_recount(athletes, orgs, days);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION athlete_week_pain_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  athletes uuid[];
  orgs uuid[];
  days date[];
BEGIN
  SELECT array_agg(o.athlete_id), array_agg(o.org_id), array_agg(o.day) INTO athletes, orgs, days FROM old_rows o;
  IF athletes IS NOT NULL THEN
    PERFORM athlete_week_pain_recount(athletes, orgs, days);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pain_reports_week_insert AFTER INSERT ON pain_reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION athlete_week_pain_insert();
--> statement-breakpoint
CREATE TRIGGER pain_reports_week_update AFTER UPDATE ON pain_reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION athlete_week_pain_update();
--> statement-breakpoint
CREATE TRIGGER pain_reports_week_delete AFTER DELETE ON pain_reports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION athlete_week_pain_delete();
--> statement-breakpoint
INSERT INTO athlete_week_pain (athlete_id, org_id, week_starts_on, week, worst)
SELECT r.athlete_id, r.org_id, s.starts_on, athlete_week_pain_week(r.day, s.starts_on), max(r.pain_now)
  FROM pain_reports r CROSS JOIN (VALUES (1::smallint), (7::smallint)) s(starts_on)
 GROUP BY 1, 2, 3, 4;
