import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { athleteProfiles, users } from "../../../db/schema";
import { callerAs, useTestDatabase, userId } from "../../../test/db";
import { trpcError } from "../../../test/expect-trpc";
import { authenticate } from "../../auth/credentials";
import { resolveViewer } from "../../auth/viewer";

const t = useTestDatabase();
const as = (email: string) => callerAs(t.db, email);

describe("account.get", () => {
  it("gives an athlete their profile and team", async () => {
    const account = await (await as("athlete@riverside.example")).account.get();
    expect(account).toMatchObject({ email: "athlete@riverside.example", role: "athlete", orgTimeZone: "Europe/London", teams: [{ name: "Road Runners" }] });
    expect(account.athleteProfile).toMatchObject({ coachSeesPainDetails: true });
    expect(account.athleteProfile!.runDays.length).toBeGreaterThan(0);
  });

  it("gives a coach the teams they coach and a physio every team", async () => {
    expect((await (await as("coach2@riverside.example")).account.get()).teams.map((x) => x.name)).toEqual(["Trail Squad"]);
    const physio = await (await as("physio@riverside.example")).account.get();
    expect(physio.teams.map((x) => x.name)).toEqual(["Road Runners", "Trail Squad"]);
    expect(physio.athleteProfile).toBeNull();
  });

  it("refuses a caller without a session", async () => {
    await trpcError(callerAs(t.db, null).then((c) => c.account.get()), "UNAUTHORIZED");
  });
});

describe("account.update", () => {
  it.each(["admin@riverside.example", "coach@riverside.example", "physio@riverside.example", "athlete@riverside.example"])(
    "%s changes their own name and time zone, and can go back to the organisation's",
    async (email) => {
      const caller = await as(email);
      await caller.account.update({ name: "Renamed Person", timeZone: "Asia/Tokyo" });
      expect(await caller.account.get()).toMatchObject({ name: "Renamed Person", timeZone: "Asia/Tokyo" });
      await caller.account.update({ timeZone: null });
      expect((await caller.account.get()).timeZone).toBeNull();
    },
  );

  it("refuses an unknown time zone and an empty name", async () => {
    const caller = await as("coach@riverside.example");
    await trpcError(caller.account.update({ timeZone: "Nowhere/Special" }), "BAD_REQUEST");
    await trpcError(caller.account.update({ name: " " }), "BAD_REQUEST");
  });
});

describe("account.changePassword", () => {
  it("needs the current password", async () => {
    const err = await trpcError((await as("coach@riverside.example")).account.changePassword({ currentPassword: "wrong password", newPassword: "a brand new password" }), "BAD_REQUEST");
    expect(err.message).toBe("Your current password is not right.");
  });

  it("needs 12 to 128 characters", async () => {
    const caller = await as("coach@riverside.example");
    await trpcError(caller.account.changePassword({ currentPassword: "upright-demo-pass", newPassword: "short" }), "BAD_REQUEST");
    await trpcError(caller.account.changePassword({ currentPassword: "upright-demo-pass", newPassword: "x".repeat(129) }), "BAD_REQUEST");
  });

  it("changes the password and ends other sessions", async () => {
    const id = await userId(t.db, "physio2@riverside.example");
    const [before] = await t.db.select().from(users).where(eq(users.id, id));
    await (await as("physio2@riverside.example")).account.changePassword({ currentPassword: "upright-demo-pass", newPassword: "a brand new password" });
    expect(await authenticate(t.db, { email: "physio2@riverside.example", password: "upright-demo-pass" })).toBeNull();
    expect(await authenticate(t.db, { email: "physio2@riverside.example", password: "a brand new password" })).not.toBeNull();
    expect(await resolveViewer(t.db, { uid: id, sv: before!.sessionVersion })).toBeNull();
  });
});

describe("account.updateAthleteProfile", () => {
  it("stores run days in weekday order, back history and what coaches see", async () => {
    const caller = await as("athlete02@riverside.example");
    await caller.account.updateAthleteProfile({ runDays: [6, 2, 4], historyOfBackProblems: true, coachSeesPainDetails: false });
    expect((await caller.account.get()).athleteProfile).toEqual({ runDays: [2, 4, 6], historyOfBackProblems: true, coachSeesPainDetails: false });
  });

  it("is honoured by the coach's roster: only flags, no pain figures", async () => {
    const id = await userId(t.db, "athlete02@riverside.example");
    const roster = await (await as("coach@riverside.example")).roster.list();
    expect(roster.find((r) => r.id === id)).toMatchObject({ painHidden: true, lastPain: null });
    const [profile] = await t.db.select().from(athleteProfiles).where(eq(athleteProfiles.userId, id));
    expect(profile!.coachSeesPainDetails).toBe(false);
  });

  it("leaves the profile as it is when every field is sent empty (undefined), as when none is sent", async () => {
    const caller = await as("athlete03@riverside.example");
    const before = (await caller.account.get()).athleteProfile;
    await expect(caller.account.updateAthleteProfile({ runDays: undefined, historyOfBackProblems: undefined, coachSeesPainDetails: undefined })).resolves.toEqual({ ok: true });
    await expect(caller.account.updateAthleteProfile({})).resolves.toEqual({ ok: true });
    expect((await caller.account.get()).athleteProfile).toEqual(before);
  });

  it("refuses days outside 1 to 7 and repeated days", async () => {
    const caller = await as("athlete02@riverside.example");
    await trpcError(caller.account.updateAthleteProfile({ runDays: [0] }), "BAD_REQUEST");
    await trpcError(caller.account.updateAthleteProfile({ runDays: [1, 1] }), "BAD_REQUEST");
  });

  it.each(["admin@riverside.example", "coach@riverside.example", "physio@riverside.example"])("is refused to %s", async (email) => {
    await trpcError((await as(email)).account.updateAthleteProfile({ historyOfBackProblems: true }), "FORBIDDEN");
  });
});
