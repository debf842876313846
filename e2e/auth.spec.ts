import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, shot, signInAs } from "./helpers";

const HOMES = [
  { email: "coach@riverside.example", path: "/coach", heading: "Roster" },
  { email: "physio@riverside.example", path: "/triage", heading: "Triage" },
  { email: "athlete@riverside.example", path: "/today", heading: "Today" },
  { email: "admin@riverside.example", path: "/admin", heading: "People" },
];

for (const { email, path, heading } of HOMES) {
  test(`${email} signs in with the form and lands on ${path}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByTestId("not-medical-advice")).toBeVisible();
  });
}

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("coach@riverside.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const problem = page.getByRole("status", { name: "Sign-in problem" });
  await expect(problem).toBeVisible();
  const wrongPassword = await problem.textContent();
  await page.getByLabel("Email").fill("nobody@riverside.example");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(problem).toHaveText(wrongPassword ?? "");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("empty and oversize fields get a message next to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await page.getByLabel("Password").fill("x".repeat(129));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("A password has at most 128 characters.")).toBeVisible();
});

test("a signed-out visitor is sent to sign in and back afterwards", async ({ page }) => {
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill("coach@riverside.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/coach$/);
});

test("another role's home says it is not available for your role", async ({ page }) => {
  await signInAs(page, "athlete@riverside.example");
  await page.goto("/triage");
  await expect(page.getByRole("heading", { name: "Not available for your role" })).toBeVisible();
  await page.getByRole("link", { name: "Go to your home page" }).click();
  await expect(page).toHaveURL(/\/today$/);
});

test("signing out from the menu ends the session", async ({ page }) => {
  await signInAs(page, "physio@riverside.example");
  await page.goto("/triage");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/triage");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in page at phone and desktop width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/sign-in");
  await shot(page, "sign-in-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, "sign-in-desktop");
});

test("health answers ok when the database answers", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok" });
});
