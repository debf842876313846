import { z } from "zod";
import { listPrograms, programById, createProgram, saveProgramVersion, setProgramArchived, usableExerciseIds } from "../../../db/queries/programs";
import { id } from "../../schemas/common";
import { programInput, programUpdateInput } from "../../schemas/program";
import type { Tx } from "../../../db/client";
import { badRequest, notFound } from "../errors";
import { coachProcedure, router } from "../trpc";

async function checkExercises(tx: Tx, orgId: string, items: { exerciseId: string }[]) {
  const usable = await usableExerciseIds(tx, { orgId, ids: items.map((i) => i.exerciseId) });
  const missing = items.findIndex((i) => !usable.has(i.exerciseId));
  if (missing >= 0) throw badRequest(`Exercise ${missing + 1} is not in your library (or is archived).`);
}

export const programRouter = router({
  list: coachProcedure
    .input(z.object({ includeArchived: z.boolean().optional() }).default({}))
    .query(({ ctx, input }) => listPrograms(ctx.db, { orgId: ctx.viewer.orgId, includeArchived: input.includeArchived })),

  byId: coachProcedure.input(z.object({ id: id("Program"), version: z.number().int().min(1).optional() })).query(async ({ ctx, input }) => {
    const program = await programById(ctx.db, { orgId: ctx.viewer.orgId, id: input.id, version: input.version });
    if (!program) throw notFound("Program");
    return program;
  }),

  create: coachProcedure.input(programInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await checkExercises(tx, ctx.viewer.orgId, input.items);
      return { id: await createProgram(tx, { orgId: ctx.viewer.orgId, userId: ctx.viewer.id, input }) };
    }),
  ),

  /** Every save is a new version; athletes stay on theirs until moved. */
  update: coachProcedure.input(programUpdateInput).mutation(({ ctx, input: { id: programId, ...input } }) =>
    ctx.db.transaction(async (tx) => {
      await checkExercises(tx, ctx.viewer.orgId, input.items);
      const version = await saveProgramVersion(tx, { orgId: ctx.viewer.orgId, id: programId, userId: ctx.viewer.id, input });
      if (!version) throw notFound("Program");
      return { id: programId, version: version.version };
    }),
  ),

  archive: coachProcedure.input(z.object({ id: id("Program"), archived: z.boolean() })).mutation(async ({ ctx, input }) => {
    const done = await setProgramArchived(ctx.db, { orgId: ctx.viewer.orgId, ...input });
    if (!done) throw notFound("Program");
    return done;
  }),
});
