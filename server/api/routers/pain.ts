import { z } from "zod";
import { lastOstrcDay, reportsOfAthlete } from "../../../db/queries/pain";
import { addDays, localDay } from "../../domain/calendar";
import { painCorrectInput, painSubmitInput } from "../../schemas/pain";
import { correctReport, CORRECTION_WINDOW_MS, submitPainReport } from "../../services/pain-report";
import { athleteProcedure, router } from "../trpc";

/** The questionnaire asks about the past 7 days, so it is offered at most once a week. */
const OSTRC_EVERY_DAYS = 7;

export const painRouter = router({
  /** What the report form needs: whether to offer the weekly questionnaire. */
  formContext: athleteProcedure.query(async ({ ctx }) => {
    const last = await lastOstrcDay(ctx.db, { athleteId: ctx.viewer.id });
    const today = localDay(new Date(), ctx.viewer.timeZone);
    return { offerOstrc: !last || last <= addDays(today, -OSTRC_EVERY_DAYS), lastOstrcDay: last };
  }),

  /** The athlete always comes from the session, never from the input. */
  submit: athleteProcedure
    .meta({ auditsItsWrite: true })
    .input(painSubmitInput)
    .mutation(({ ctx, input: { idempotencyKey, ...input } }) => submitPainReport(ctx.db, { athlete: ctx.viewer, input, idempotencyKey, ip: ctx.ip })),

  correct: athleteProcedure
    .meta({ auditsItsWrite: true })
    .input(painCorrectInput)
    .mutation(({ ctx, input: { id, ...input } }) => correctReport(ctx.db, { athlete: ctx.viewer, id, input, ip: ctx.ip })),

  mine: athleteProcedure.input(z.object({ limit: z.number().int().min(1).max(200).default(30) }).default({ limit: 30 })).query(async ({ ctx, input }) => {
    const rows = await reportsOfAthlete(ctx.db, { athleteId: ctx.viewer.id, limit: input.limit });
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id,
      day: r.day,
      reportedAt: r.reportedAt,
      painNow: r.painNow,
      painWorstRun: r.painWorstRun,
      areas: r.areas,
      timings: r.timings,
      qualities: r.qualities,
      redFlags: r.redFlags,
      ostrc: r.ostrcVersion ? { q1: r.ostrcQ1, q2: r.ostrcQ2, q3: r.ostrcQ3, q4: r.ostrcQ4 } : null,
      note: r.note,
      revision: r.revision,
      correctable: now - r.reportedAt.getTime() <= CORRECTION_WINDOW_MS,
    }));
  }),
});
