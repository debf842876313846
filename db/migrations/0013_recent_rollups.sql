CREATE TABLE "org_recent_adherence" (
	"org_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"from_week" date NOT NULL,
	"athletes" integer NOT NULL,
	"state_hash" numeric NOT NULL,
	"ratio_sum" numeric NOT NULL,
	"with_due" integer NOT NULL,
	CONSTRAINT "org_recent_adherence_pkey" PRIMARY KEY("org_id","week_starts_on")
);
--> statement-breakpoint
CREATE TABLE "team_recent_adherence" (
	"team_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"from_week" date NOT NULL,
	"athletes" integer NOT NULL,
	"state_hash" numeric NOT NULL,
	"due" integer[] NOT NULL,
	"done" integer[] NOT NULL,
	CONSTRAINT "team_recent_adherence_pkey" PRIMARY KEY("team_id","week_starts_on"),
	CONSTRAINT "team_recent_adherence_weeks_check" CHECK (cardinality("team_recent_adherence"."due") = 4 and cardinality("team_recent_adherence"."done") = 4)
);
--> statement-breakpoint
ALTER TABLE "org_recent_adherence" ADD CONSTRAINT "org_recent_adherence_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_recent_adherence" ADD CONSTRAINT "team_recent_adherence_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;