import { TRPCError } from "@trpc/server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notify } from "../../../db/queries/notifications";
import { notifications } from "../../../db/schema";
import { callerAs, useTestDatabase, userId } from "../../../test/db";

const t = useTestDatabase();
const PHYSIO = "physio@riverside.example";
let physio: string;
let physio2: string;

beforeAll(async () => {
  physio = await userId(t.db, PHYSIO);
  physio2 = await userId(t.db, "physio2@riverside.example");
});

const unreadOf = async (user: string) =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, user), isNull(notifications.readAt))))[0]!.n;

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

describe("notification router", () => {
  it("lists the viewer's own notifications, newest first, with the seeded cases linked", async () => {
    const caller = await callerAs(t.db, PHYSIO);
    const list = await caller.notification.list({});
    const own = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, physio));
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBe(Math.min(20, own.length));
    for (const n of list) expect(own.some((o) => o.id === n.id)).toBe(true);
    const times = list.map((n) => n.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list.some((n) => n.kind === "case" && n.link?.startsWith("/triage/cases/") && !n.read)).toBe(true);
    expect(await caller.notification.unreadCount()).toBe(await unreadOf(physio));
    expect(await caller.notification.list({ limit: 1 })).toHaveLength(1);
  });

  it("never shows another organisation's notifications", async () => {
    const hillside = await callerAs(t.db, "physio@hillside.example");
    const hillsideId = await userId(t.db, "physio@hillside.example");
    const own = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, hillsideId));
    const listed = await hillside.notification.list({ limit: 50 });
    expect(listed.length).toBe(Math.min(50, own.length));
    for (const n of listed) expect(own.some((o) => o.id === n.id)).toBe(true);
  });

  it("drops links that lead outside the app", async () => {
    const athlete = await userId(t.db, "athlete@riverside.example");
    await notify(t.db, { userIds: [athlete], notification: { kind: "test", title: "Outside", body: "", link: "//evil.example/x" } });
    const [latest] = await (await callerAs(t.db, "athlete@riverside.example")).notification.list({ limit: 1 });
    expect(latest).toMatchObject({ title: "Outside", link: null });
  });

  it("marks one notification read, and leaves someone else's alone exactly as if it did not exist", async () => {
    const caller = await callerAs(t.db, PHYSIO);
    const [first] = (await caller.notification.list({})).filter((n) => !n.read);
    const before = await unreadOf(physio);
    expect(await caller.notification.markRead({ ids: [first!.id] })).toEqual({ unread: before - 1 });
    expect((await caller.notification.list({})).find((n) => n.id === first!.id)?.read).toBe(true);

    const [theirs] = await t.db.select().from(notifications).where(and(eq(notifications.userId, physio2), isNull(notifications.readAt))).limit(1);
    const theirsAnswer = await caller.notification.markRead({ ids: [theirs!.id] });
    const missingAnswer = await caller.notification.markRead({ ids: ["00000000-0000-4000-8000-000000000000"] });
    expect(theirsAnswer).toEqual(missingAnswer);
    const [still] = await t.db.select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(still!.readAt).toBeNull();
  });

  it("marks all of the viewer's notifications read and nobody else's", async () => {
    const caller = await callerAs(t.db, PHYSIO);
    const othersBefore = await unreadOf(physio2);
    expect(othersBefore).toBeGreaterThan(0);
    expect(await caller.notification.markRead({ all: true })).toEqual({ unread: 0 });
    expect(await caller.notification.unreadCount()).toBe(0);
    expect((await caller.notification.list({ limit: 50 })).every((n) => n.read)).toBe(true);
    expect(await unreadOf(physio2)).toBe(othersBefore);
  });

  it.each([
    ["an empty list of ids", { ids: [] }],
    ["an id that is not one", { ids: ["nope"] }],
    ["all: false", { all: false }],
    ["nothing", {}],
  ])("refuses to mark %s", async (_name, input) => {
    const caller = await callerAs(t.db, PHYSIO);
    expect(await codeOf(caller.notification.markRead(input as never))).toBe("BAD_REQUEST");
  });

  it.each([0, 51, 2.5])("refuses a list limit of %s", async (limit) => {
    const caller = await callerAs(t.db, PHYSIO);
    expect(await codeOf(caller.notification.list({ limit }))).toBe("BAD_REQUEST");
  });
});
