CREATE TYPE "public"."assignment_status" AS ENUM('active', 'paused', 'ended');--> statement-breakpoint
CREATE TYPE "public"."case_event_kind" AS ENUM('opened', 'trigger', 'tier-raised', 'acknowledged', 'assigned', 'note', 'return-to-run', 'assignments-changed', 'resolved', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."case_outcome" AS ENUM('self-care', 'treated-in-clinic', 'referred-to-doctor', 'sent-to-emergency');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('open', 'acknowledged', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."case_tier" AS ENUM('emergency', 'same-day', 'routine', 'watch');--> statement-breakpoint
CREATE TYPE "public"."dose_kind" AS ENUM('reps', 'hold', 'minutes');--> statement-breakpoint
CREATE TYPE "public"."exercise_category" AS ENUM('warm-up', 'mobility', 'core', 'posture', 'breathing', 'cool-down');--> statement-breakpoint
CREATE TYPE "public"."return_to_run_status" AS ENUM('cleared', 'modified-training', 'no-running');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'coach', 'physio', 'athlete');--> statement-breakpoint
CREATE TYPE "public"."schedule_kind" AS ENUM('before-run', 'after-run', 'times-per-week', 'weekdays', 'daily');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"athlete_id" uuid,
	"ip" text,
	"detail" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "case_event_kind" NOT NULL,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"tier" "case_tier" NOT NULL,
	"status" "case_status" DEFAULT 'open' NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assignee_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ack_due_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"outcome" "case_outcome",
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_resolution_check" CHECK (("cases"."status" = 'resolved') = ("cases"."resolved_at" is not null and "cases"."outcome" is not null))
);
--> statement-breakpoint
CREATE TABLE "clinical_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"for_athlete" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinical_notes_body_check" CHECK (length("clinical_notes"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "return_to_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"case_id" uuid,
	"status" "return_to_run_status" NOT NULL,
	"review_day" date,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"slug" text,
	"name" text NOT NULL,
	"category" "exercise_category" NOT NULL,
	"body_focus" text[] DEFAULT '{}'::text[] NOT NULL,
	"steps" jsonb NOT NULL,
	"dose_kind" "dose_kind" NOT NULL,
	"sets" smallint,
	"reps" smallint,
	"hold_seconds" smallint,
	"minutes" smallint,
	"per_side" boolean DEFAULT false NOT NULL,
	"cautions" text,
	"media_url" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_name_check" CHECK (length("exercises"."name") between 1 and 80),
	CONSTRAINT "exercises_sets_check" CHECK ("exercises"."sets" is null or "exercises"."sets" between 1 and 20),
	CONSTRAINT "exercises_reps_check" CHECK ("exercises"."reps" is null or "exercises"."reps" between 1 and 200),
	CONSTRAINT "exercises_hold_seconds_check" CHECK ("exercises"."hold_seconds" is null or "exercises"."hold_seconds" between 1 and 600),
	CONSTRAINT "exercises_minutes_check" CHECK ("exercises"."minutes" is null or "exercises"."minutes" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_status_check" CHECK ("email_outbox"."status" in ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"week_starts_on" smallint DEFAULT 1 NOT NULL,
	"thresholds" jsonb,
	"ack_deadlines" jsonb,
	"require_staff_totp" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_week_starts_on_check" CHECK ("organisations"."week_starts_on" in (1, 7)),
	CONSTRAINT "organisations_name_check" CHECK (length("organisations"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"report_id" uuid,
	"source" text NOT NULL,
	"rules_version" text NOT NULL,
	"thresholds" jsonb NOT NULL,
	"triggers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pain_report_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pain_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pain_now" smallint NOT NULL,
	"pain_worst_run" smallint,
	"areas" text[] NOT NULL,
	"timings" text[] DEFAULT '{}'::text[] NOT NULL,
	"qualities" text[] DEFAULT '{}'::text[] NOT NULL,
	"red_flags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ostrc_version" text,
	"ostrc_q1" smallint,
	"ostrc_q2" smallint,
	"ostrc_q3" smallint,
	"ostrc_q4" smallint,
	"note" text,
	"idempotency_key" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"corrected_at" timestamp with time zone,
	CONSTRAINT "pain_reports_pain_now_check" CHECK ("pain_reports"."pain_now" between 0 and 10),
	CONSTRAINT "pain_reports_pain_worst_run_check" CHECK ("pain_reports"."pain_worst_run" is null or "pain_reports"."pain_worst_run" between 0 and 10),
	CONSTRAINT "pain_reports_note_check" CHECK ("pain_reports"."note" is null or length("pain_reports"."note") <= 1000),
	CONSTRAINT "pain_reports_ostrc_check" CHECK (("pain_reports"."ostrc_version" is null and "pain_reports"."ostrc_q1" is null and "pain_reports"."ostrc_q2" is null and "pain_reports"."ostrc_q3" is null and "pain_reports"."ostrc_q4" is null)
        or ("pain_reports"."ostrc_version" is not null and coalesce("pain_reports"."ostrc_q1", 0) between 0 and 3 and coalesce("pain_reports"."ostrc_q2", 0) between 0 and 3
            and coalesce("pain_reports"."ostrc_q3", 0) between 0 and 3 and coalesce("pain_reports"."ostrc_q4", 0) between 0 and 3))
);
--> statement-breakpoint
CREATE TABLE "assignment_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignment_pauses_dates_check" CHECK ("assignment_pauses"."to_day" is null or "assignment_pauses"."to_day" >= "assignment_pauses"."from_day")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"start_day" date NOT NULL,
	"end_day" date,
	"status" "assignment_status" DEFAULT 'active' NOT NULL,
	"assigned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_dates_check" CHECK ("assignments"."end_day" is null or "assignments"."end_day" >= "assignments"."start_day")
);
--> statement-breakpoint
CREATE TABLE "completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"day" date NOT NULL,
	"difficulty" smallint,
	"pain" smallint,
	"note" text,
	"late" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "completions_difficulty_check" CHECK ("completions"."difficulty" is null or "completions"."difficulty" between 0 and 10),
	CONSTRAINT "completions_pain_check" CHECK ("completions"."pain" is null or "completions"."pain" between 0 and 10),
	CONSTRAINT "completions_note_check" CHECK ("completions"."note" is null or length("completions"."note") <= 500)
);
--> statement-breakpoint
CREATE TABLE "program_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"exercise_id" uuid NOT NULL,
	"dose_kind" "dose_kind" NOT NULL,
	"sets" smallint,
	"reps" smallint,
	"hold_seconds" smallint,
	"minutes" smallint,
	"per_side" boolean DEFAULT false NOT NULL,
	"schedule_kind" "schedule_kind" NOT NULL,
	"times_per_week" smallint,
	"weekdays" smallint[],
	CONSTRAINT "program_items_times_per_week_check" CHECK (("program_items"."schedule_kind" = 'times-per-week') = ("program_items"."times_per_week" is not null) and ("program_items"."times_per_week" is null or "program_items"."times_per_week" between 1 and 7)),
	CONSTRAINT "program_items_weekdays_check" CHECK (("program_items"."schedule_kind" = 'weekdays') = ("program_items"."weekdays" is not null) and ("program_items"."weekdays" is null or (cardinality("program_items"."weekdays") between 1 and 7 and "program_items"."weekdays" <@ array[1,2,3,4,5,6,7]::smallint[]))),
	CONSTRAINT "program_items_sets_check" CHECK ("program_items"."sets" is null or "program_items"."sets" between 1 and 20),
	CONSTRAINT "program_items_reps_check" CHECK ("program_items"."reps" is null or "program_items"."reps" between 1 and 200),
	CONSTRAINT "program_items_hold_seconds_check" CHECK ("program_items"."hold_seconds" is null or "program_items"."hold_seconds" between 1 and 600),
	CONSTRAINT "program_items_minutes_check" CHECK ("program_items"."minutes" is null or "program_items"."minutes" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "program_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"form_cues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lifestyle_notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_name_check" CHECK (length("programs"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "athlete_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"birth_date" date,
	"history_of_back_problems" boolean DEFAULT false NOT NULL,
	"run_days" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"weekly_km" integer,
	"coach_sees_pain_details" boolean DEFAULT true NOT NULL,
	CONSTRAINT "athlete_profiles_weekly_km_check" CHECK ("athlete_profiles"."weekly_km" is null or "athlete_profiles"."weekly_km" between 0 and 400),
	CONSTRAINT "athlete_profiles_run_days_check" CHECK ("athlete_profiles"."run_days" <@ array[1,2,3,4,5,6,7]::smallint[])
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_pkey" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_name_check" CHECK (length("teams"."name") between 1 and 80)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"time_zone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_name_check" CHECK (length("users"."name") between 1 and 120),
	CONSTRAINT "users_email_check" CHECK (length("users"."email") between 3 and 254)
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_to_run" ADD CONSTRAINT "return_to_run_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_to_run" ADD CONSTRAINT "return_to_run_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_to_run" ADD CONSTRAINT "return_to_run_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_report_id_pain_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."pain_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_report_revisions" ADD CONSTRAINT "pain_report_revisions_report_id_pain_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."pain_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_reports" ADD CONSTRAINT "pain_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_reports" ADD CONSTRAINT "pain_reports_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_pauses" ADD CONSTRAINT "assignment_pauses_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_version_id_program_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."program_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completions" ADD CONSTRAINT "completions_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completions" ADD CONSTRAINT "completions_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completions" ADD CONSTRAINT "completions_item_id_program_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."program_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_items" ADD CONSTRAINT "program_items_version_id_program_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."program_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_items" ADD CONSTRAINT "program_items_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_versions" ADD CONSTRAINT "program_versions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_versions" ADD CONSTRAINT "program_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "athlete_profiles" ADD CONSTRAINT "athlete_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_org_id_at_idx" ON "audit_log" USING btree ("org_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_athlete_id_at_idx" ON "audit_log" USING btree ("athlete_id","at");--> statement-breakpoint
CREATE INDEX "case_events_case_id_at_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_events_actor_id_idx" ON "case_events" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_athlete_id_open_key" ON "cases" USING btree ("athlete_id") WHERE "cases"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "cases_org_id_status_tier_idx" ON "cases" USING btree ("org_id","status","tier","opened_at");--> statement-breakpoint
CREATE INDEX "cases_athlete_id_opened_at_idx" ON "cases" USING btree ("athlete_id","opened_at");--> statement-breakpoint
CREATE INDEX "cases_assignee_id_idx" ON "cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "clinical_notes_case_id_idx" ON "clinical_notes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "clinical_notes_athlete_id_created_at_idx" ON "clinical_notes" USING btree ("athlete_id","created_at");--> statement-breakpoint
CREATE INDEX "clinical_notes_author_id_idx" ON "clinical_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "return_to_run_athlete_id_set_at_idx" ON "return_to_run" USING btree ("athlete_id","set_at");--> statement-breakpoint
CREATE INDEX "return_to_run_case_id_idx" ON "return_to_run" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "return_to_run_set_by_idx" ON "return_to_run" USING btree ("set_by");--> statement-breakpoint
CREATE INDEX "exercises_org_id_category_idx" ON "exercises" USING btree ("org_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "exercises_global_slug_key" ON "exercises" USING btree ("slug") WHERE "exercises"."org_id" is null;--> statement-breakpoint
CREATE INDEX "email_outbox_status_next_attempt_at_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_outbox_org_id_idx" ON "email_outbox" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "evaluations_athlete_id_created_at_idx" ON "evaluations" USING btree ("athlete_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluations_report_id_idx" ON "evaluations" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pain_report_revisions_report_id_revision_key" ON "pain_report_revisions" USING btree ("report_id","revision");--> statement-breakpoint
CREATE INDEX "pain_reports_athlete_id_day_idx" ON "pain_reports" USING btree ("athlete_id","day","pain_now");--> statement-breakpoint
CREATE INDEX "pain_reports_org_id_day_idx" ON "pain_reports" USING btree ("org_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "pain_reports_athlete_id_idempotency_key_key" ON "pain_reports" USING btree ("athlete_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "assignment_pauses_assignment_id_idx" ON "assignment_pauses" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "assignments_athlete_id_status_idx" ON "assignments" USING btree ("athlete_id","status");--> statement-breakpoint
CREATE INDEX "assignments_org_id_idx" ON "assignments" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "assignments_program_id_idx" ON "assignments" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "assignments_version_id_idx" ON "assignments" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "assignments_assigned_by_idx" ON "assignments" USING btree ("assigned_by");--> statement-breakpoint
CREATE UNIQUE INDEX "completions_assignment_id_item_id_day_key" ON "completions" USING btree ("assignment_id","item_id","day");--> statement-breakpoint
CREATE INDEX "completions_athlete_id_day_idx" ON "completions" USING btree ("athlete_id","day");--> statement-breakpoint
CREATE INDEX "completions_item_id_idx" ON "completions" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_items_version_id_position_key" ON "program_items" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "program_items_exercise_id_idx" ON "program_items" USING btree ("exercise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_versions_program_id_version_key" ON "program_versions" USING btree ("program_id","version");--> statement-breakpoint
CREATE INDEX "program_versions_created_by_idx" ON "program_versions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "programs_org_id_idx" ON "programs" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "programs_created_by_idx" ON "programs" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "team_members_user_id_idx" ON "team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_org_id_name_key" ON "teams" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_org_id_role_idx" ON "users" USING btree ("org_id","role");