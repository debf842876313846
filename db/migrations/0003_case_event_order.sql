DROP INDEX "case_events_case_id_at_idx";--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "case_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "case_events_case_id_at_idx" ON "case_events" USING btree ("case_id","at","seq");