import { accountOf, ownTeams, passwordHashOf, setPasswordHash, updateAccount, upsertAthleteProfile } from "../../../db/queries/account";
import { visibleTeams } from "../../access";
import { hashPassword, verifyPassword } from "../../auth/password";
import { passwordProblem } from "../../auth/password-policy";
import { weekStartsOnOf } from "../../domain/calendar";
import { accountUpdateInput, athleteProfileInput, passwordChangeInput } from "../../schemas/account";
import { audit } from "../../services/audit";
import { badRequest, notFound } from "../errors";
import { athleteProcedure, protectedProcedure, router } from "../trpc";

export const accountRouter = router({
  get: protectedProcedure.query(async ({ ctx }) => {
    const account = await accountOf(ctx.db, { userId: ctx.viewer.id });
    if (!account) throw notFound("Account");
    const { profile, ...rest } = account;
    const teams = ctx.viewer.role === "coach" || ctx.viewer.role === "athlete" ? await ownTeams(ctx.db, { userId: ctx.viewer.id }) : await visibleTeams(ctx.db, ctx.viewer);
    return {
      ...rest,
      weekStartsOn: weekStartsOnOf(rest.weekStartsOn),
      teams,
      athleteProfile:
        ctx.viewer.role === "athlete"
          ? {
              runDays: profile?.runDays ?? [],
              historyOfBackProblems: profile?.historyOfBackProblems ?? false,
              coachSeesPainDetails: profile?.coachSeesPainDetails ?? true,
            }
          : null,
    };
  }),

  update: protectedProcedure.input(accountUpdateInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      await updateAccount(tx, { userId: ctx.viewer.id, ...input });
      await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "account.updated", entityType: "user", entityId: ctx.viewer.id, ip: ctx.ip, detail: { fields: Object.keys(input) } });
    });
    return { ok: true };
  }),

  /** Signs the person out everywhere else; the page signs them in again with the new password. */
  changePassword: protectedProcedure.input(passwordChangeInput).mutation(async ({ ctx, input }) => {
    const current = await passwordHashOf(ctx.db, { userId: ctx.viewer.id });
    if (!current || !(await verifyPassword(current, input.currentPassword))) throw badRequest("Your current password is not right.");
    if (input.currentPassword === input.newPassword) throw badRequest("Choose a new password that differs from the current one.");
    const weak = passwordProblem(input.newPassword);
    if (weak) throw badRequest(weak);
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.transaction(async (tx) => {
      await setPasswordHash(tx, { userId: ctx.viewer.id, passwordHash });
      await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "account.password-changed", entityType: "user", entityId: ctx.viewer.id, ip: ctx.ip });
    });
    return { ok: true };
  }),

  updateAthleteProfile: athleteProcedure.input(athleteProfileInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      await upsertAthleteProfile(tx, { userId: ctx.viewer.id, patch: input });
      await audit(tx, {
        orgId: ctx.viewer.orgId,
        actorId: ctx.viewer.id,
        action: "account.athlete-profile-updated",
        entityType: "user",
        entityId: ctx.viewer.id,
        athleteId: ctx.viewer.id,
        ip: ctx.ip,
        detail: { fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined) },
      });
    });
    return { ok: true };
  }),
});
