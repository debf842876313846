import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { format, parseISO } from "date-fns";
import Papa from "papaparse";
import { overflowing, shot, signInAs, trpcCall } from "./helpers";

/** Diego Martínez (Road Runners) has a fixed seeded history: pain 4 to 5 on six reports over 12 days. */
const DIEGO = { email: "athlete07@riverside.example", name: "Diego Martínez" };
type Report = { day: string; painNow: number };

/** The athlete's own reports, read through the pain API (not the dashboards being tested). */
async function reportsOf(page: Page): Promise<Report[]> {
  return trpcCall<Report[]>(page, "pain.mine", { limit: 200 });
}

function londonToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
}

function weekStartsAgo(weeks: number): string {
  const today = parseISO(londonToday());
  const monday = new Date(today.getTime() - ((today.getDay() + 6) % 7) * 86_400_000);
  return format(new Date(monday.getTime() - 7 * (weeks - 1) * 86_400_000), "yyyy-MM-dd");
}

const painOf = (text: string) => Number(text.match(/(\d+)\/10/)?.[1] ?? -1);

test("the coach sees the seeded Road Runners with the right last pain for a known athlete", async ({ browser }) => {
  const diego = await browser.newPage();
  await signInAs(diego, DIEGO.email);
  const last = (await reportsOf(diego))[0]!;

  const coach = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInAs(coach, "coach@riverside.example");
  await coach.goto("/coach");
  const table = coach.getByRole("table", { name: "Athletes" });
  await coach.getByRole("combobox", { name: "Team" }).selectOption({ label: "Road Runners" });
  // Twelve Road Runners and the header row.
  await expect(table.getByRole("row")).toHaveCount(13);
  const row = table.getByRole("row").filter({ hasText: DIEGO.name });
  await expect(row).toContainText(`${last.painNow}/10`);
  await expect(row).toContainText(format(parseISO(last.day), "d MMM"));
  await expect(row.getByRole("img", { name: /report days? in 14 days/ })).toBeVisible();

  // Sorted on the server, highest pain first; athletes without a visible score come last.
  await table.getByRole("button", { name: "Last pain" }).click();
  await expect(table.getByRole("columnheader", { name: "Last pain" })).toHaveAttribute("aria-sort", "descending");
  const pains = async () => (await table.getByRole("row").allInnerTexts()).slice(1).map(painOf).filter((p) => p >= 0);
  // The new page arrives from the server a moment after the header changes.
  await expect
    .poll(async () => {
      const p = await pains();
      return p.length > 3 && p.every((v, i) => i === 0 || p[i - 1]! >= v);
    })
    .toBe(true);

  await coach.getByLabel("Search athletes").fill("diego");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(coach.getByRole("region", { name: "Key figures" })).toContainText("Open clinic cases");
});

test("the athlete chart shows a point for each seeded report in range", async ({ page }) => {
  await signInAs(page, DIEGO.email);
  const reports = await reportsOf(page);
  expect(reports.length).toBeGreaterThanOrEqual(6);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  // Twelve weeks reach back further than the eight weeks of seeded history.
  await expect(page.locator("[data-pain-point]")).toHaveCount(reports.filter((r) => r.day >= weekStartsAgo(12)).length);
  await page.getByRole("button", { name: "4 weeks" }).click();
  const recent = reports.filter((r) => r.day >= weekStartsAgo(4));
  await expect(page.locator("[data-pain-point]")).toHaveCount(recent.length);
  // The same reports as a table, for readers who do not see the chart.
  const painCard = page.locator("[data-slot=card]").filter({ has: page.getByRole("heading", { name: "Pain over time" }) });
  await painCard.getByRole("button", { name: "Show table" }).click();
  await expect(painCard.getByRole("table").getByRole("row")).toHaveCount(recent.length + 1);
  await expect(page.getByText("not validated for the upper back")).toBeVisible();
});

test("the CSV downloads hold the expected rows, and only for those allowed", async ({ browser }) => {
  const diego = await browser.newPage();
  await signInAs(diego, DIEGO.email);
  const reports = await reportsOf(diego);

  const coach = await browser.newPage();
  await signInAs(coach, "coach@riverside.example");
  await coach.goto("/coach");
  const [rosterFile] = await Promise.all([coach.waitForEvent("download"), coach.getByRole("link", { name: "Roster CSV" }).click()]);
  expect(rosterFile.suggestedFilename()).toMatch(/^roster-\d{4}-\d{2}-\d{2}\.csv$/);
  const roster = Papa.parse<Record<string, string>>(fs.readFileSync((await rosterFile.path())!, "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  expect(roster).toHaveLength(12);
  expect(roster.find((r) => r.athlete === DIEGO.name)).toMatchObject({ last_pain_0_10: String(reports[0]!.painNow), last_pain_date: reports[0]!.day });

  await coach.getByRole("link", { name: DIEGO.name }).click();
  await expect(coach.getByRole("heading", { level: 1, name: DIEGO.name })).toBeVisible();
  const diegoId = coach.url().split("/").at(-1)!;
  const [historyFile] = await Promise.all([coach.waitForEvent("download"), coach.getByRole("link", { name: "History CSV" }).click()]);
  const history = Papa.parse<Record<string, string>>(fs.readFileSync((await historyFile.path())!, "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  expect(history.filter((r) => r.record === "pain report")).toHaveLength(reports.length);
  expect(history.filter((r) => r.record === "exercise done").length).toBeGreaterThan(10);

  // The routes check like the procedures: no session, someone else's athlete, another club.
  const anonymous = await browser.newPage();
  expect((await anonymous.request.get("/api/export/roster")).status()).toBe(401);
  const maya = await browser.newPage();
  await signInAs(maya, "athlete@riverside.example");
  expect((await maya.request.get(`/api/export/athletes/${diegoId}`)).status()).toBe(404);
  expect((await maya.request.get("/api/export/roster")).status()).toBe(403);
  const otherCoach = await browser.newPage();
  await signInAs(otherCoach, "coach@hillside.example");
  expect((await otherCoach.request.get(`/api/export/athletes/${diegoId}`)).status()).toBe(404);
});

test("screenshots of each dashboard at desktop and phone widths", async ({ browser }) => {
  test.slow();
  const views: { email: string; path: string; name: string; ready: string }[] = [
    { email: "coach@riverside.example", path: "/coach", name: "dash-coach", ready: "Weekly adherence by team" },
    { email: DIEGO.email, path: "/progress", name: "dash-athlete-progress", ready: "Pain over time" },
    { email: "physio@riverside.example", path: "/clinic", name: "dash-clinic-physio", ready: "Outcomes of closed cases" },
    { email: "admin@riverside.example", path: "/clinic", name: "dash-clinic-admin", ready: "Workload per physiotherapist" },
  ];
  let diegoId = "";
  for (const v of views) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, v.email);
    await page.goto(v.path);
    await expect(page.getByRole("heading", { name: v.ready })).toBeVisible();
    // Charts draw one by one when the browser is idle: the screenshots are for looking at them.
    await expect(page.locator("[data-chart-placeholder]")).toHaveCount(0);
    if (v.path === "/coach") diegoId = (await page.getByRole("link", { name: DIEGO.name }).getAttribute("href"))!.split("/").at(-1)!;
    await shot(page, `${v.name}-desktop`);
    if (v.name === "dash-coach" || v.name === "dash-athlete-progress") {
      // The theme's chart, tier and pain colours must hold in dark mode too.
      await page.emulateMedia({ colorScheme: "dark" });
      await shot(page, `${v.name}-dark`);
      await page.emulateMedia({ colorScheme: "light" });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `${v.name}-phone`);
    // At 360 px wide nothing but the tables' own scrollers may scroll sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await overflowing(page, 360)).toEqual([]);
    await page.close();
  }
  for (const [email, path, name] of [
    ["coach@riverside.example", `/coach/athletes/${diegoId}`, "dash-coach-athlete"],
    ["physio@riverside.example", `/triage/athletes/${diegoId}`, "dash-physio-athlete"],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, email);
    await page.goto(path);
    await expect(page.locator("[data-pain-point]").first()).toBeVisible();
    await shot(page, `${name}-desktop`);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `${name}-phone`);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await overflowing(page, 360)).toEqual([]);
    if (name === "dash-coach-athlete") {
      await page.setViewportSize({ width: 1000, height: 1400 });
      await page.emulateMedia({ media: "print" });
      await shot(page, "dash-athlete-report-print");
    }
    await page.close();
  }
});

test("an admin reads the whole organisation's roster and charts, and opens an athlete, but not the coaches' programs", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "admin@riverside.example");
  await page.goto("/admin");
  await page.getByRole("navigation").getByRole("link", { name: "Roster" }).click();
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole("heading", { level: 1, name: "Roster" })).toBeVisible();
  await expect(page.getByText("Every athlete of the organisation at a glance")).toBeVisible();
  const team = page.getByRole("combobox", { name: "Team" });
  await expect(team.locator("option")).toContainText(["All teams", "Road Runners"]);
  expect(await team.locator("option").count()).toBeGreaterThan(2);
  await expect(page.getByRole("region", { name: "Key figures" })).toContainText("Open clinic cases");
  await expect(page.getByRole("heading", { name: "Trends" })).toBeVisible();
  await shot(page, "admin-roster-desktop");

  await team.selectOption({ label: "Road Runners" });
  const table = page.getByRole("table", { name: "Athletes" });
  await expect(table.getByRole("row")).toHaveCount(13);
  await table.getByRole("link", { name: DIEGO.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: DIEGO.name })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/coach");
  await expect(page.getByRole("heading", { level: 1, name: "Roster" })).toBeVisible();
  expect(await overflowing(page, 390)).toEqual([]);
  await shot(page, "admin-roster-phone");

  await page.goto("/coach/programs");
  await expect(page.getByRole("heading", { name: "Not available for your role" })).toBeVisible();
});
