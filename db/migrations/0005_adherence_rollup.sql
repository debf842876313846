CREATE TABLE "adherence_weeks" (
	"athlete_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"week" date NOT NULL,
	"version" integer NOT NULL,
	"live_version" integer,
	"as_of" date,
	"due" integer NOT NULL,
	"done" integer NOT NULL,
	CONSTRAINT "adherence_weeks_pkey" PRIMARY KEY("athlete_id","week_starts_on","week"),
	CONSTRAINT "adherence_weeks_counts_check" CHECK ("adherence_weeks"."done" between 0 and "adherence_weeks"."due"),
	CONSTRAINT "adherence_weeks_week_starts_on_check" CHECK ("adherence_weeks"."week_starts_on" in (1, 7)),
	CONSTRAINT "adherence_weeks_open_week_check" CHECK (("adherence_weeks"."as_of" is null) = ("adherence_weeks"."live_version" is null))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "adherence_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "adherence_live_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "adherence_weeks" ADD CONSTRAINT "adherence_weeks_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;