import { type Page, expect } from "@playwright/test";
import { readAnswer } from "../server/api/read-answer";

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

/** A tRPC call as the signed-in page's session, in the app's wire format (a batch of one, by POST). */
export async function trpcCall<T>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/trpc/${path}?batch=1`, { data: { 0: input } });
  expect(res.ok()).toBeTruthy();
  return readAnswer(((await res.json()) as [{ result: { data: string } }])[0].result.data) as T;
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

/** Elements sticking out past the right edge, outside any element that scrolls or clips them. */
export async function overflowing(page: Page, width: number): Promise<string[]> {
  return page.evaluate((w) => {
    const clipped = (e: Element | null): boolean => {
      for (let a = e?.parentElement; a && a !== document.body; a = a.parentElement) {
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    return [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > w + 1 && !clipped(e))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? "").trim().slice(0, 40)}`);
  }, width);
}

/**
 * The main navigation on the current page: its links and its "More" menu's entries together name
 * every section, and none of its controls is cut off by the window or by the bar.
 */
export async function mainNavSections(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Main" });
  const width = page.viewportSize()?.width ?? 0;
  const navBox = await nav.boundingBox();
  const names: string[] = [];
  for (const control of await nav.locator(":scope > a, :scope > button").all()) {
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    expect(box, "a navigation control has no box").not.toBeNull();
    expect(box!.x + box!.width, `${await control.textContent()} is cut off`).toBeLessThanOrEqual(Math.min(width, navBox!.x + navBox!.width) + 1);
    if ((await control.evaluate((e) => e.tagName)) === "A") names.push((await control.innerText()).trim());
  }
  const more = nav.getByRole("button", { name: /more sections/i });
  if (await more.isVisible()) {
    await more.click();
    const menu = page.getByRole("menu");
    // The menu's code loads after the page: a click that comes first opens it once it has arrived.
    await expect(menu).toBeVisible();
    for (const item of await menu.getByRole("menuitem").all()) if (await item.isVisible()) names.push((await item.innerText()).trim());
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
  }
  return names;
}
