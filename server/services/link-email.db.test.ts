import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { emailOutbox } from "../../db/schema";
import { callerAs, useTestDatabase } from "../../test/db";

// env() is read once per test file: configure email before anything reads it.
vi.hoisted(() => {
  process.env.SMTP_HOST = "smtp.test.invalid";
  process.env.NEXTAUTH_URL = "https://upright.example/";
});

const t = useTestDatabase();
const admin = () => callerAs(t.db, "admin@riverside.example");

describe("with email set up", () => {
  it("settings report email as configured and the test message goes to the outbox", async () => {
    expect((await (await admin()).settings.get()).email.configured).toBe(true);
    expect(await (await admin()).settings.sendTestEmail()).toEqual({ queued: true, to: "admin@riverside.example" });
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "admin@riverside.example"));
    expect(mail).toMatchObject({ subject: "Upright test email", status: "pending" });
  });

  it("an invitation is queued with its link, which is also returned for copying", async () => {
    const result = await (await admin()).invitation.create({ name: "Mail Person", email: "mail@example.com", role: "physio", teamIds: [] });
    expect(result.emailed).toBe(true);
    expect(result.link).toMatch(/^https:\/\/upright\.example\/invite\/[A-Za-z0-9_-]{43}$/);
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "mail@example.com"));
    expect(mail!.subject).toBe("You are invited to Riverside Running Club on Upright");
    expect(mail!.body).toContain(result.link);
  });

  it("a reset link is queued too", async () => {
    const [athlete] = (await (await admin()).people.list({ q: "athlete03@", status: "all" })) ?? [];
    const result = await (await admin()).people.resetPassword({ userId: athlete!.id });
    expect(result.emailed).toBe(true);
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "athlete03@riverside.example"));
    expect(mail!.body).toContain(result.link);
  });
});
