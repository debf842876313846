CREATE TABLE "athlete_week_pain" (
	"athlete_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"week_starts_on" smallint NOT NULL,
	"week" date NOT NULL,
	"worst" smallint NOT NULL,
	CONSTRAINT "athlete_week_pain_pkey" PRIMARY KEY("athlete_id","week_starts_on","week")
);
--> statement-breakpoint
ALTER TABLE "athlete_week_pain" ADD CONSTRAINT "athlete_week_pain_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "athlete_week_pain_org_week_idx" ON "athlete_week_pain" USING btree ("org_id","week_starts_on","week","athlete_id","worst");