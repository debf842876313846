import { TRPCError } from "@trpc/server";
import { createExercise, exerciseById, listExercises, setExerciseArchived, updateExercise } from "../../../db/queries/exercises";
import { exerciseArchiveInput, exerciseInput, exerciseListInput, exerciseUpdateInput } from "../../schemas/exercise";
import { id } from "../../schemas/common";
import { notFound } from "../errors";
import { coachProcedure, router, staffProcedure } from "../trpc";
import { z } from "zod";

const readOnly = () => new TRPCError({ code: "FORBIDDEN", message: "Exercises of the shared library cannot be changed. Create your own version instead." });

export const exerciseRouter = router({
  list: staffProcedure.input(exerciseListInput).query(({ ctx, input }) => listExercises(ctx.db, { orgId: ctx.viewer.orgId, ...input })),

  byId: staffProcedure.input(z.object({ id: id("Exercise") })).query(async ({ ctx, input }) => {
    const exercise = await exerciseById(ctx.db, { orgId: ctx.viewer.orgId, id: input.id });
    if (!exercise) throw notFound("Exercise");
    return exercise;
  }),

  create: coachProcedure.input(exerciseInput).mutation(({ ctx, input }) => createExercise(ctx.db, { orgId: ctx.viewer.orgId, input })),

  update: coachProcedure.input(exerciseUpdateInput).mutation(async ({ ctx, input: { id: exerciseId, ...input } }) => {
    const updated = await updateExercise(ctx.db, { orgId: ctx.viewer.orgId, id: exerciseId, input });
    if (updated) return updated;
    throw (await exerciseById(ctx.db, { orgId: ctx.viewer.orgId, id: exerciseId })) ? readOnly() : notFound("Exercise");
  }),

  archive: coachProcedure.input(exerciseArchiveInput).mutation(async ({ ctx, input }) => {
    const done = await setExerciseArchived(ctx.db, { orgId: ctx.viewer.orgId, id: input.id, archived: input.archived });
    if (done) return done;
    throw (await exerciseById(ctx.db, { orgId: ctx.viewer.orgId, id: input.id })) ? readOnly() : notFound("Exercise");
  }),
});
