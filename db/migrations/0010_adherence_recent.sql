CREATE TABLE "adherence_recent" (
	"athlete_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"from_week" date NOT NULL,
	"version" integer NOT NULL,
	"live_version" integer NOT NULL,
	"as_of" date NOT NULL,
	"due" integer[] NOT NULL,
	"done" integer[] NOT NULL,
	CONSTRAINT "adherence_recent_pkey" PRIMARY KEY("athlete_id","week_starts_on"),
	CONSTRAINT "adherence_recent_weeks_check" CHECK (cardinality("adherence_recent"."due") = 4 and cardinality("adherence_recent"."done") = 4)
);
--> statement-breakpoint
ALTER TABLE "adherence_recent" ADD CONSTRAINT "adherence_recent_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;