import { type Page, expect } from "@playwright/test";

export const DEMO_PASSWORD = "upright-demo-pass";

/** Signs in through next-auth's API (not the form): fast, and the form has its own test. */
export async function signInAs(page: Page, email: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.ok()).toBeTruthy();
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
