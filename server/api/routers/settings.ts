import { queueEmail } from "../../../db/queries/notifications";
import { updateOrganisation } from "../../../db/queries/organisation";
import { organisationById } from "../../../db/queries/people";
import { weekStartsOnOf } from "../../domain/calendar";
import { type AckDeadlines, DEFAULT_ACK_DEADLINES, DEFAULT_THRESHOLDS, type Thresholds } from "../../domain/escalation";
import { env } from "../../env";
import { setStaffTwoStepRequired, twoStepStateOf } from "../../../db/queries/two-step";
import { settingsInput } from "../../schemas/settings";
import { staffTwoStepInput } from "../../schemas/two-step";
import { audit } from "../../services/audit";
import { emailConfigured } from "../../services/link-email";
import { badRequest, notFound } from "../errors";
import { adminProcedure, router } from "../trpc";

export const settingsRouter = router({
  get: adminProcedure.query(async ({ ctx }) => {
    const org = await organisationById(ctx.db, { orgId: ctx.viewer.orgId });
    if (!org) throw notFound("Organisation");
    return {
      name: org.name,
      timeZone: org.timeZone,
      weekStartsOn: weekStartsOnOf(org.weekStartsOn),
      thresholds: { ...DEFAULT_THRESHOLDS, ...(org.thresholds ?? {}) } as Thresholds,
      ackDeadlines: { ...DEFAULT_ACK_DEADLINES, ...(org.ackDeadlines ?? {}) } as AckDeadlines,
      email: { configured: emailConfigured(), from: env().SMTP_FROM },
      twoStep: { requiredForStaff: org.requireStaffTotp, youHaveIt: (await twoStepStateOf(ctx.db, { userId: ctx.viewer.id }))?.totpEnabledAt != null },
    };
  }),

  /**
   * Makes two-step sign-in mandatory for coaches, physiotherapists and admins. Refused to an
   * admin who has not set it up, who would otherwise be sent to the set-up page themselves.
   */
  setStaffTwoStep: adminProcedure.input(staffTwoStepInput).mutation(async ({ ctx, input }) => {
    if (input.required) {
      const own = await twoStepStateOf(ctx.db, { userId: ctx.viewer.id });
      if (!own?.totpEnabledAt) {
        throw badRequest("Set up two-step sign-in for your own account first (Account, Two-step sign-in), then turn this on.");
      }
    }
    await ctx.db.transaction(async (tx) => {
      await setStaffTwoStepRequired(tx, { orgId: ctx.viewer.orgId, required: input.required });
      await audit(tx, {
        orgId: ctx.viewer.orgId,
        actorId: ctx.viewer.id,
        action: input.required ? "organisation.staff-two-step-required" : "organisation.staff-two-step-optional",
        entityType: "organisation",
        entityId: ctx.viewer.orgId,
        ip: ctx.ip,
      });
    });
    return { requiredForStaff: input.required };
  }),

  update: adminProcedure.input(settingsInput).mutation(async ({ ctx, input }) => {
    const before = await organisationById(ctx.db, { orgId: ctx.viewer.orgId });
    if (!before) throw notFound("Organisation");
    await ctx.db.transaction(async (tx) => {
      await updateOrganisation(tx, { orgId: ctx.viewer.orgId, settings: input });
      await audit(tx, {
        orgId: ctx.viewer.orgId,
        actorId: ctx.viewer.id,
        action: "organisation.settings-changed",
        entityType: "organisation",
        entityId: ctx.viewer.orgId,
        ip: ctx.ip,
        detail: { before: { name: before.name, timeZone: before.timeZone, weekStartsOn: before.weekStartsOn, thresholds: before.thresholds, ackDeadlines: before.ackDeadlines }, after: input },
      });
    });
    return { ok: true };
  }),

  /** Queues a short message to the admin, so they can see the outbox deliver it. */
  sendTestEmail: adminProcedure.mutation(async ({ ctx }) => {
    if (!emailConfigured()) return { queued: false, to: ctx.viewer.email };
    await ctx.db.transaction(async (tx) => {
      await queueEmail(tx, {
        orgId: ctx.viewer.orgId,
        to: [ctx.viewer.email],
        subject: "Upright test email",
        body: `Hello ${ctx.viewer.name},\n\nThis is a test message from Upright. If you can read it, email from your organisation works.`,
      });
      await audit(tx, { orgId: ctx.viewer.orgId, actorId: ctx.viewer.id, action: "email.test-queued", entityType: "organisation", entityId: ctx.viewer.orgId, ip: ctx.ip });
    });
    return { queued: true, to: ctx.viewer.email };
  }),
});
