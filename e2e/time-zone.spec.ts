/**
 * A reader far from the server's time zone: moments show in the reader's own zone, and pages the server
 * rendered with them hydrate without a mismatch (React reports one as a page error or a console error).
 */
import { expect, type Page, test } from "@playwright/test";
import { signInAs, trpcCall } from "./helpers";

const ZONE = "Pacific/Kiritimati"; // UTC+14: every moment's day or hour differs from the server's UTC.
test.use({ timezoneId: ZONE });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

test("an admin fourteen hours ahead of the server sees a link's expiry in their own time", async ({ page }) => {
  const errors = collectErrors(page);
  await signInAs(page, "admin@riverside.example");
  const name = `Zone Tester ${Date.now()}`;
  await trpcCall(page, "invitation.create", { name, email: `zone-${Date.now()}@riverside.example`, role: "physio", teamIds: [] });
  await page.goto("/admin");
  const until = page.getByRole("row").filter({ hasText: name }).locator("time");
  await expect(until).toBeVisible();
  const at = new Date((await until.getAttribute("datetime"))!);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  await expect(until).toHaveText(new RegExp(`${clock}$`));

  await page.goto("/admin/audit");
  const first = page.getByRole("table", { name: "Audit entries" }).getByRole("row").nth(1).locator("time");
  await expect(first).toBeVisible();
  const seconds = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  await expect(first).toHaveText(new RegExp(`${seconds.format(new Date((await first.getAttribute("datetime"))!))}$`));
  expect(errors).toEqual([]);
});

test("an athlete fourteen hours ahead of the server opens their charts and report page without errors", async ({ page }) => {
  const errors = collectErrors(page);
  await signInAs(page, "athlete@riverside.example");
  for (const path of ["/progress", "/today", "/today/report"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
