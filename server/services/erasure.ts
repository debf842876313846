import { type AnyColumn, and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { cases, emailOutbox, invitations, notifications, signInAttempts, users } from "../../db/schema";
import { attemptKeys } from "../auth/rate-limit";
import { pseudonymFor } from "../domain/pseudonym";
import { audit } from "./audit";

export type ErasureActor = { id: string; orgId: string; ip: string | null };

/**
 * Erases an athlete of the admin's organisation. Rows that belong to them go with the account
 * (foreign keys cascade: profile, teams, reports and corrections, check-offs, assignments, cases
 * with their notes and history, return-to-run decisions, notifications). Text elsewhere that
 * names them (other people's notifications and queued emails) gets the pseudonym instead. The
 * audit trail cannot change: it keeps the old id, which no longer leads to anyone.
 */
export async function eraseAthlete(db: DbOrTx, params: { athleteId: string; actor: ErasureActor }): Promise<{ pseudonym: string } | null> {
  return db.transaction(async (tx) => {
    const [athlete] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.id, params.athleteId), eq(users.orgId, params.actor.orgId), eq(users.role, "athlete")))
      .for("update");
    if (!athlete) return null;
    const pseudonym = pseudonymFor(athlete.id);
    const caseIds = (await tx.select({ id: cases.id }).from(cases).where(eq(cases.athleteId, athlete.id))).map((c) => c.id);
    const ids = [athlete.id, ...caseIds];
    const words: [string, string][] = [[athlete.name, pseudonym], [athlete.email, pseudonym], ...ids.map((id): [string, string] => [id, "erased"])];
    const scrub = (col: SQL | AnyColumn) => words.reduce<SQL>((acc, [from, to]) => sql`replace(${acc}, ${from}, ${to})`, sql`coalesce(${col}, '')`);
    const mentions = (...cols: AnyColumn[]) => or(...cols.flatMap((c) => words.map(([from]) => sql`position(${from} in coalesce(${c}, '')) > 0`)))!;

    await tx
      .update(notifications)
      .set({
        title: scrub(notifications.title),
        body: scrub(notifications.body),
        link: sql`case when ${mentions(notifications.link)} then null else ${notifications.link} end`,
      })
      .where(mentions(notifications.title, notifications.body, notifications.link));
    await tx.delete(emailOutbox).where(sql`lower(${emailOutbox.toAddress}) = lower(${athlete.email})`);
    await tx.update(emailOutbox).set({ subject: scrub(emailOutbox.subject), body: scrub(emailOutbox.body) }).where(mentions(emailOutbox.subject, emailOutbox.body));
    await tx.delete(invitations).where(or(eq(invitations.userId, athlete.id), sql`lower(${invitations.email}) = lower(${athlete.email})`));
    await tx.delete(signInAttempts).where(inArray(signInAttempts.key, attemptKeys(athlete.email, null)));
    await tx.delete(users).where(eq(users.id, athlete.id));
    await audit(tx, {
      orgId: params.actor.orgId,
      actorId: params.actor.id,
      action: "athlete.erased",
      entityType: "athlete",
      entityId: athlete.id,
      athleteId: athlete.id,
      ip: params.actor.ip,
      detail: { pseudonym },
    });
    return { pseudonym };
  });
}
