CREATE TABLE "org_week_pain" (
	"org_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"week" date NOT NULL,
	"fingerprint" text NOT NULL,
	"none" integer NOT NULL,
	"mild" integer NOT NULL,
	"moderate" integer NOT NULL,
	"severe" integer NOT NULL,
	CONSTRAINT "org_week_pain_pkey" PRIMARY KEY("org_id","week_starts_on","week")
);
--> statement-breakpoint
CREATE TABLE "team_week_adherence" (
	"team_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"week" date NOT NULL,
	"fingerprint" text NOT NULL,
	"due" integer NOT NULL,
	"done" integer NOT NULL,
	CONSTRAINT "team_week_adherence_pkey" PRIMARY KEY("team_id","week_starts_on","week"),
	CONSTRAINT "team_week_adherence_counts_check" CHECK ("team_week_adherence"."done" between 0 and "team_week_adherence"."due")
);
--> statement-breakpoint
ALTER TABLE "org_week_pain" ADD CONSTRAINT "org_week_pain_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_week_adherence" ADD CONSTRAINT "team_week_adherence_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;