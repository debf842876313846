import { type Browser, expect, type Page, test } from "@playwright/test";
import { authenticator } from "otplib";
import { DEMO_PASSWORD, shot } from "./helpers";

/**
 * Two-step sign-in, end to end, in the test organisation of its own (db/seed/e2e-org.ts): it
 * turns the organisation-wide requirement on, which must not reach the demo accounts other
 * specs sign in to meanwhile.
 */
const ADMIN = { email: "admin@lakeside.example", name: "Lena Admin" };
const COACH = { email: "coach@lakeside.example", name: "Ola Coach" };

/** The codes an authenticator app would show, one step after another (the server never takes a step twice). */
class App {
  private lastStep = 0;
  constructor(readonly secret: string) {}
  static stepNow() {
    return Math.floor(Date.now() / 30_000);
  }
  private at(step: number) {
    return authenticator.clone({ epoch: step * 30_000 }).generate(this.secret);
  }
  /** A fresh code: the current step's, or the next one when the current was used (waiting if need be). */
  async next(): Promise<string> {
    const step = Math.max(App.stepNow(), this.lastStep + 1);
    while (step > App.stepNow() + 1) await new Promise((r) => setTimeout(r, 1000));
    this.lastStep = step;
    return this.at(step);
  }
  /** The code used last (a replay), and one no step near now accepts. */
  used() {
    return this.at(this.lastStep);
  }
  wrong() {
    return this.at(App.stepNow() + 5);
  }
}

/** Full-page shots at the top, so the sticky header sits where it belongs. */
async function shotAt(page: Page, width: number, name: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** Each person signs in from an address of their own, so failures here never limit other specs (same machine). */
async function newPerson(browser: Browser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  return { context, page: await context.newPage() };
}

async function fillPassword(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Starts the set-up on the current page, reads the key as a person would, and confirms a code. */
async function setUp(page: Page): Promise<App> {
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code to add Upright to your authenticator app" })).toBeVisible();
  const key = await page.getByRole("textbox", { name: "Set-up key" }).inputValue();
  expect(key).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  return new App(key.replace(/\s/g, ""));
}

test.describe.configure({ timeout: 180_000 });

test("staff set up two-step sign-in and sign in with a code; an admin makes it required and resets it for a lost phone", async ({ browser }) => {
  const admin = await newPerson(browser, "203.0.113.61");
  let adminApp: App;

  await test.step("the admin sets it up on the account page", async () => {
    await fillPassword(admin.page, ADMIN.email);
    await expect(admin.page).toHaveURL(/\/admin$/);
    await admin.page.goto("/account");
    await expect(admin.page.getByRole("heading", { level: 2, name: "Two-step sign-in" })).toBeVisible();
    adminApp = await setUp(admin.page);
    await shotAt(admin.page, 1280, "two-step-account-desktop");
    await shotAt(admin.page, 360, "two-step-account-phone");
    await admin.page.setViewportSize({ width: 1280, height: 900 });
    const code = admin.page.getByLabel("Code from the app");
    await code.fill(adminApp.wrong());
    await admin.page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(admin.page.getByText(/That code did not work/)).toBeVisible();
    await code.fill(await adminApp.next());
    await admin.page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(admin.page.getByText("On", { exact: true })).toBeVisible();
    await expect(admin.page.getByRole("textbox", { name: "Set-up key" })).toHaveCount(0);
  });

  await test.step("signing in again asks for the code after the password, and a used code is refused", async () => {
    await admin.page.getByRole("button", { name: /Account menu/ }).click();
    await admin.page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(admin.page).toHaveURL(/\/sign-in/);
    await fillPassword(admin.page, ADMIN.email);
    await expect(admin.page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await shotAt(admin.page, 1280, "sign-in-code-desktop");
    await shotAt(admin.page, 360, "sign-in-code-phone");
    await admin.page.setViewportSize({ width: 1280, height: 900 });
    await admin.page.getByLabel("Code").fill(adminApp.used());
    await admin.page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(admin.page.getByRole("status", { name: "Sign-in problem" })).toHaveText(/That code did not work/);
    await admin.page.getByLabel("Code").fill(await adminApp.next());
    await admin.page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(admin.page).toHaveURL(/\/admin$/);
  });

  await test.step("the admin requires two-step sign-in for staff", async () => {
    await admin.page.goto("/admin/settings");
    const required = admin.page.getByRole("switch", { name: "Require two-step sign-in for staff" });
    await expect(required).not.toBeChecked();
    await required.click();
    await expect(required).toBeChecked();
  });

  const coach = await newPerson(browser, "203.0.113.62");
  let coachApp: App;
  await test.step("a coach without it is led to the set-up, and nothing else opens until it is done", async () => {
    await fillPassword(coach.page, COACH.email);
    await expect(coach.page).toHaveURL(/\/account\/two-step$/);
    await expect(coach.page.getByRole("heading", { level: 1, name: "Set up two-step sign-in" })).toBeVisible();
    await expect(coach.page.getByRole("status", { name: "Two-step sign-in required" })).toBeVisible();
    await coach.page.goto("/coach");
    await expect(coach.page).toHaveURL(/\/account\/two-step$/);
    await coach.page.goto("/account");
    await expect(coach.page).toHaveURL(/\/account\/two-step$/);
    const refused = await coach.page.evaluate(async () => {
      const res = await fetch("/api/trpc/roster.list", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      return { status: res.status, body: await res.text() };
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("two-step sign-in");
    await coach.page.setViewportSize({ width: 360, height: 900 });
    coachApp = await setUp(coach.page);
    await shotAt(coach.page, 360, "two-step-required-setup-phone");
    await coach.page.getByLabel("Code from the app").fill(await coachApp.next());
    await coach.page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(coach.page).toHaveURL(/\/coach$/);
    await expect(coach.page.getByRole("heading", { level: 1, name: "Roster" })).toBeVisible();
  });

  await test.step("the admin resets the coach's two-step sign-in: the coach is signed out and sets it up again", async () => {
    await admin.page.goto("/admin");
    const row = admin.page.getByTestId("person-row").filter({ hasText: COACH.email });
    await expect(row).toContainText("Two-step on");
    await admin.page.getByRole("button", { name: `Actions for ${COACH.name}` }).click();
    await admin.page.getByRole("menuitem", { name: "Reset two-step sign-in" }).click();
    await admin.page.getByRole("dialog").getByRole("button", { name: "Reset two-step sign-in" }).click();
    await expect(row).not.toContainText("Two-step on");

    await coach.page.goto("/coach");
    await expect(coach.page).toHaveURL(/\/sign-in/);
    await fillPassword(coach.page, COACH.email);
    await expect(coach.page).toHaveURL(/\/account\/two-step$/);
  });

  await admin.context.close();
  await coach.context.close();
});
