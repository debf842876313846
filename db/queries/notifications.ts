import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { emailOutbox, notifications, teamMembers, users } from "../schema";

export type NewNotification = { kind: string; title: string; body: string; link: string | null };

/** `at` dates the notification at the moment of the event (a seeded or scheduled one), not of the insert. */
export async function notify(db: DbOrTx, params: { userIds: string[]; notification: NewNotification; at?: Date }) {
  if (params.userIds.length === 0) return;
  const createdAt = params.at ? { createdAt: params.at } : {};
  await db.insert(notifications).values(params.userIds.map((userId) => ({ userId, ...params.notification, ...createdAt })));
}

export async function queueEmail(db: DbOrTx, params: { orgId: string; to: string[]; subject: string; body: string }) {
  if (params.to.length === 0) return;
  await db.insert(emailOutbox).values(params.to.map((toAddress) => ({ orgId: params.orgId, toAddress, subject: params.subject, body: params.body })));
}

export async function activeStaff(db: DbOrTx, params: { orgId: string; role: "physio" | "coach" | "admin" }) {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.orgId, params.orgId), eq(users.role, params.role), eq(users.active, true)));
}

/** Active coaches of any team the athlete belongs to. */
export async function coachesOfAthlete(db: DbOrTx, params: { athleteId: string }) {
  return db
    .selectDistinct({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(teamMembers, eq(teamMembers.userId, users.id))
    .where(
      and(
        eq(users.role, "coach"),
        eq(users.active, true),
        inArray(teamMembers.teamId, sql`(select team_id from ${teamMembers} where user_id = ${params.athleteId})`),
      ),
    );
}

export async function notificationsOf(db: DbOrTx, params: { userId: string; limit: number }) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, params.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit);
}

export async function unreadCount(db: DbOrTx, params: { userId: string }) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, params.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markRead(db: DbOrTx, params: { userId: string; ids: string[] | "all" }) {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(eq(notifications.userId, params.userId), isNull(notifications.readAt), params.ids === "all" ? undefined : inArray(notifications.id, params.ids)),
    );
}
