import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, shot, signInAs } from "./helpers";

test("pages carry the security headers and hydrate under the CSP", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/sign-in");
  const h = res!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  // Plain HTTP here: HSTS is only sent over HTTPS.
  expect(h["strict-transport-security"]).toBeUndefined();
  // The form works, so the page hydrated: React's scripts ran under the nonce.
  await page.getByLabel("Email").fill("coach@riverside.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole("heading", { level: 1, name: "Roster" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax; signed-in pages are not cached", async ({ page, context }) => {
  await signInAs(page, "physio@riverside.example");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  const res = await page.goto("/triage");
  expect(res!.headers()["cache-control"]).toContain("no-store");
});

test("the tRPC endpoint refuses GET, other sites and non-JSON bodies", async ({ page }) => {
  await signInAs(page, "coach@riverside.example");
  expect((await page.request.get("/api/trpc/roster.list")).status()).toBe(405);
  const crossSite = await page.request.post("/api/trpc/exercise.create", {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: { json: {} },
  });
  expect(crossSite.status()).toBe(403);
  const form = await page.request.post("/api/trpc/exercise.create", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "a=1" });
  expect(form.status()).toBe(415);
});

test("after 10 failed attempts the account is refused even with the right password", async ({ page }) => {
  // A documentation-range address of its own, so this test's attempts do not limit the others'.
  const headers = { "x-forwarded-for": "203.0.113.77" };
  await page.setExtraHTTPHeaders(headers);
  const email = "athlete22@riverside.example";
  for (let i = 0; i < 10; i++) {
    const csrf = (await (await page.request.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
    await page.request.post("/api/auth/callback/credentials", { headers, form: { csrfToken: csrf.csrfToken, email, password: `wrong-password-${i}`, json: "true" } });
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status", { name: "Sign-in problem" })).toHaveText(/Too many attempts/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an admin filters the audit trail", async ({ page }) => {
  await signInAs(page, "physio@riverside.example");
  await signInAs(page, "admin@riverside.example");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit entries" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await expect(table.getByRole("cell", { name: "Signed in", exact: true }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "Opened a case" })).toHaveCount(0);
  await page.getByLabel("From").fill("2000-01-01");
  await page.getByLabel("To").fill("2000-01-02");
  await expect(page.getByRole("heading", { name: "No entries" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  // People are found by part of a name or email, not picked from a list of everyone.
  await page.getByLabel("Person").fill("physio@riverside");
  await expect(table.getByRole("cell", { name: "Helen Achterberg", exact: true })).toHaveCount(0);
  await expect(table.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText("Priya Raman");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByLabel("Person")).toHaveValue("");
  await expect(table.getByRole("cell", { name: "Helen Achterberg", exact: true }).first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "audit-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("list", { name: "Audit entries" })).toBeVisible();
  await page.screenshot({ path: "screenshots/audit-phone.png" });
});

test("an athlete downloads their data as JSON and CSV", async ({ page }) => {
  await signInAs(page, "athlete02@riverside.example");
  await page.goto("/today/data");
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await page.getByRole("button", { name: "Prepare my download" }).click();
  const files = page.getByRole("list", { name: "Files to download" });
  await expect(files).toBeVisible();
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download everything as JSON" }).click()]);
  expect(json.suggestedFilename()).toBe("upright-my-data.json");
  const body = JSON.parse(await streamText(await json.createReadStream())) as { account: { email: string }; painReports: unknown[] };
  expect(body.account.email).toBe("athlete02@riverside.example");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Pain reports as CSV" }).click()]);
  expect(csv.suggestedFilename()).toBe("upright-pain-reports.csv");
  const text = await streamText(await csv.createReadStream());
  expect(text.split("\r\n")[0]).toContain("painNow");
  expect(text.split("\r\n").filter(Boolean).length).toBe(body.painReports.length + 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "my-data-phone");
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "my-data-desktop");
});

test("an admin erases an athlete after typing their name", async ({ page }) => {
  await signInAs(page, "admin@riverside.example");
  await page.goto("/admin/privacy");
  const row = page.getByRole("row").filter({ hasText: "athlete23@riverside.example" });
  const name = (await row.getByRole("cell").first().textContent())!.trim();
  await row.getByRole("button", { name: `Erase ${name}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Erase for good" })).toBeDisabled();
  await page.screenshot({ path: "screenshots/erase-dialog-desktop.png" });
  await dialog.getByLabel(`Type "${name}" to confirm`).fill(name);
  await dialog.getByRole("button", { name: "Erase for good" }).click();
  await expect(page.getByText(`${name} was erased.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "athlete23@riverside.example" })).toHaveCount(0);
  await page.goto("/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Erased an athlete" });
  await expect(page.getByRole("cell", { name: /^Erased person [0-9a-f]{8}$/ }).first()).toBeVisible();
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
