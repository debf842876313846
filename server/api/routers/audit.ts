import { auditEntries, auditFilterOptions } from "../../../db/queries/audit";
import { displayName } from "../../domain/pseudonym";
import { AUDIT_PAGE_SIZE, auditListInput } from "../../schemas/audit";
import { adminProcedure, router } from "../trpc";

/** The organisation's audit trail for its admins. Reading it is not itself a health-data read. */
export const auditRouter = router({
  list: adminProcedure.input(auditListInput).query(async ({ ctx, input }) => {
    const { rows, more } = await auditEntries(ctx.db, { orgId: ctx.viewer.orgId, ...input, limit: AUDIT_PAGE_SIZE });
    return {
      entries: rows.map((r) => ({
        id: r.id,
        at: r.at,
        action: r.action,
        actor: r.actorId || r.actorName ? displayName(r.actorId, r.actorName) : "Nobody signed in",
        athlete: r.athleteId ? displayName(r.athleteId, r.athleteName) : null,
        // "user <own id>" on a sign-in says nothing the Person column does not.
        target: r.entityType && !(r.entityType === "user" && r.entityId === r.actorId) ? `${r.entityType}${r.entityId ? ` ${r.entityId}` : ""}` : null,
        ip: r.ip,
        detail: r.detail,
      })),
      nextCursor: more ? (rows.at(-1)?.id ?? null) : null,
    };
  }),

  filters: adminProcedure.query(({ ctx }) => auditFilterOptions(ctx.db, { orgId: ctx.viewer.orgId })),
});
