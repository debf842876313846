DROP INDEX "pain_reports_org_id_day_idx";--> statement-breakpoint
CREATE INDEX "pain_reports_org_id_day_idx" ON "pain_reports" USING btree ("org_id","day","athlete_id","pain_now");