import { importInput } from "../../schemas/people";
import { checkImport, confirmImport } from "../../services/people-import";
import { adminProcedure, router } from "../trpc";

export const peopleImportRouter = router({
  /** Checks every row and saves nothing. */
  preview: adminProcedure.input(importInput).mutation(({ ctx, input }) => checkImport(ctx.db, { orgId: ctx.viewer.orgId, csv: input.csv, now: new Date() })),

  /** Checks the file again and creates the rows that are ready; the others are left out. */
  confirm: adminProcedure.input(importInput).mutation(({ ctx, input }) => confirmImport(ctx.db, { viewer: ctx.viewer, ip: ctx.ip, csv: input.csv, now: new Date() })),
});
