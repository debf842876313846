/** Every way to set a password refuses the most common ones. */
import { describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../../test/db";
import { demoIds } from "../../test/fixtures";
import { acceptLink } from "../services/accept-link";
import { authenticate } from "./credentials";

const t = useTestDatabase();
const COMMON = "qwerty123456";

describe("common passwords", () => {
  it("are refused when changing one's own password, which then stays as it was", async () => {
    const physio = await callerAs(t.db, "physio2@riverside.example");
    await expect(physio.account.changePassword({ currentPassword: "upright-demo-pass", newPassword: COMMON })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("one of the most used"),
    });
    expect(await authenticate(t.db, { email: "physio2@riverside.example", password: "upright-demo-pass" })).not.toBeNull();
  });

  it("are refused when accepting an invitation, which stays open", async () => {
    const ids = await demoIds(t.db);
    const admin = await callerAs(t.db, "admin@riverside.example");
    const { link } = await admin.invitation.create({ name: "Common Password", email: "common@example.com", role: "athlete", teamIds: [ids.roadTeam] });
    const token = link.split("/invite/")[1]!;
    const refused = await acceptLink(t.db, { token, password: COMMON.toUpperCase(), now: new Date(), ip: null });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("one of the most used") });
    expect(await acceptLink(t.db, { token, password: "a sturdier long passphrase", now: new Date(), ip: null })).toEqual({ ok: true, email: "common@example.com" });
  });
});
