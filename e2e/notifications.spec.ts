import { expect, type Page, test } from "@playwright/test";
import { shot, signInAs } from "./helpers";

const bell = (page: Page) => page.getByRole("button", { name: /^Notifications/ });
const panel = (page: Page) => page.getByRole("dialog", { name: "Notifications" });

test("a physio sees unread case notifications, follows one and marks all read", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "physio@riverside.example");
  await page.goto("/triage");

  // The seeded cases told the physios about themselves.
  await expect(bell(page)).toHaveAccessibleName(/^Notifications, \d+ unread$/);
  const before = Number(/(\d+) unread/.exec((await bell(page).getAttribute("aria-label")) ?? "")?.[1]);
  expect(before).toBeGreaterThan(0);

  await bell(page).click();
  const list = panel(page).getByRole("list", { name: "Recent notifications" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  await expect(list.getByText(/^Unread: New .* case: /).first()).toBeVisible();
  await shot(page, "notifications-open-1280");

  const first = list.getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/triage\/cases\/[0-9a-f-]{36}$/);
  await expect(first).toContainText("Unread:");
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));

  // Opening it marked that one read.
  await page.goto("/triage");
  await expect(bell(page)).toHaveAccessibleName(`Notifications, ${before - 1 === 0 ? "none" : before - 1} unread`);
  await bell(page).click();
  await expect(panel(page).locator(`a[href="${href}"]`).first()).not.toContainText("Unread:");

  await panel(page).getByRole("button", { name: "Mark all read" }).click();
  await expect(bell(page)).toHaveAccessibleName("Notifications, none unread");
  await expect(panel(page).getByText(/^Unread:/)).toHaveCount(0);
  await expect(panel(page).getByRole("button", { name: "Mark all read" })).toBeDisabled();

  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(bell(page)).toBeFocused();
});

test("on a phone the open notification list fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "physio2@riverside.example");
  await page.goto("/triage");
  await expect(bell(page)).toHaveAccessibleName(/^Notifications, \d+ unread$/);
  await bell(page).click();
  const box = await panel(page).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expect(panel(page).getByRole("list", { name: "Recent notifications" }).getByRole("listitem").first()).toBeVisible();
  await shot(page, "notifications-open-390");
});

test("someone with nothing new hears that there is nothing unread", async ({ page }) => {
  await signInAs(page, "admin@hillside.example");
  await page.goto("/admin");
  await expect(bell(page)).toHaveAccessibleName("Notifications, none unread");
  await bell(page).click();
  await expect(panel(page).getByText("Nothing here yet.", { exact: false })).toBeVisible();
});
