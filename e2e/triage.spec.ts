/**
 * The safety core end to end: an athlete's red flag reaches the physio, the physio's decisions
 * reach the coach and the athlete, and clinical notes stay with the clinic. Tests share one
 * server and run in parallel, so each uses its own athlete (or runs its steps in order).
 */
import { type Browser, expect, type Page, test } from "@playwright/test";
import { shot, signInAs } from "./helpers";

/** Uncaught errors of every page a test opens (a hydration mismatch shows up here). */
let pageErrors: string[] = [];
test.beforeEach(() => {
  pageErrors = [];
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function pageAs(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (err) => pageErrors.push(`${email}: ${err.message}`));
  await signInAs(page, email);
  return page;
}

/** The first visit to a case page loads its scripts from a server busy with parallel tests. */
const CASE_PAGE = { timeout: 20_000 };

async function answerRedFlags(page: Page, yes: string[]) {
  for (const question of yes) await page.getByRole("radiogroup", { name: question }).getByRole("radio", { name: "Yes" }).click();
  await page.getByRole("button", { name: yes.length ? "No to the rest" : "No to all of these" }).click();
}

test("arm pain goes to the physio; coach and athlete see the decision, not the note", async ({ browser }) => {
  // Four people and a dozen pages in one story: on a shared, busy server it needs more than a minute.
  test.slow();
  const note = `Please rest from running this week; we will review on Friday. (${Date.now()})`;

  // The athlete reports pain 5 that spreads into the arm.
  const athlete = await pageAs(browser, "athlete@riverside.example", { width: 390, height: 844 });
  await athlete.goto("/today");
  await athlete.getByRole("link", { name: "Report pain" }).click();
  await expect(athlete.getByRole("heading", { level: 1, name: "Report pain" })).toBeVisible();
  await athlete.getByRole("radiogroup", { name: "How much does it hurt right now?" }).getByRole("radio", { name: "5", exact: true }).click();
  await athlete.getByRole("checkbox", { name: "Upper back, between the shoulder blades" }).click();
  await athlete.getByRole("checkbox", { name: "Arm" }).click();
  await answerRedFlags(athlete, ["Does the pain spread into your arm, or up into your neck?"]);
  await athlete.getByRole("button", { name: "Send report" }).click();
  const review = athlete.getByRole("status", { name: "A physiotherapist will review your report" });
  await expect(review).toBeVisible();
  await expect(review).toContainText("You should hear from them within a day.");
  await expect(athlete.getByTestId("report-not-medical-advice")).toContainText("not medical advice");

  // The physio finds it as same-day, with the reason, and acts on it.
  const physio = await pageAs(browser, "physio@riverside.example");
  await physio.goto("/triage");
  const item = physio.getByRole("listitem").filter({ has: physio.getByRole("link", { name: "Maya Hartley" }) });
  await expect(item.getByText("Same day", { exact: true })).toBeVisible();
  await expect(item.getByText(/^Pain spreading into the arm or neck, reported /)).toBeVisible();
  await item.getByRole("link", { name: "Maya Hartley" }).click();
  await expect(physio.getByRole("heading", { level: 1, name: "Maya Hartley" })).toBeVisible(CASE_PAGE);
  await expect(physio.getByRole("list", { name: "Reasons" })).toContainText("Pain spreading into the arm or neck");
  await physio.getByRole("button", { name: "Acknowledge" }).click();
  await expect(physio.getByText("Acknowledged", { exact: true }).first()).toBeVisible();
  await expect(physio.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
  await physio.getByLabel("Note", { exact: true }).fill(note);
  await physio.getByRole("switch", { name: "Visible to the athlete" }).click();
  await physio.getByRole("button", { name: "Add note" }).click();
  await expect(physio.getByRole("list", { name: "Notes" })).toContainText(note);
  await physio.getByRole("radio", { name: "No running" }).click();
  await physio.getByRole("button", { name: "Save status" }).click();
  await expect(physio.getByText("Now:")).toContainText("No running");
  await expect(physio.getByRole("list", { name: "Case history" })).toContainText("Return to run: No running");
  await shot(physio, "case-page-desktop");
  await physio.setViewportSize({ width: 390, height: 844 });
  await shot(physio, "case-page-phone");

  // The coach sees the flag and "no running", never the note.
  const coach = await pageAs(browser, "coach@riverside.example");
  await coach.goto("/coach");
  const row = coach.getByRole("row").filter({ hasText: "Maya Hartley" });
  await expect(row.getByText("Same day", { exact: true })).toBeVisible();
  await expect(row.getByText("No running", { exact: true })).toBeVisible();
  await expect(coach.getByText(note)).toHaveCount(0);
  expect(await coach.content()).not.toContain("we will review on Friday");

  // The athlete sees "no running" and the physio's message.
  await athlete.goto("/today");
  const clinic = athlete.getByLabel("From your clinic");
  await expect(clinic.getByText("No running", { exact: true })).toBeVisible();
  await expect(clinic).toContainText(note);
});

test("a chest-pain answer shows the emergency message and raises an emergency case", async ({ browser }) => {
  const athlete = await pageAs(browser, "athlete05@riverside.example", { width: 390, height: 844 });
  await athlete.goto("/today/report");
  await athlete.getByRole("radiogroup", { name: "How much does it hurt right now?" }).getByRole("radio", { name: "4", exact: true }).click();
  await athlete.getByRole("checkbox", { name: "Upper back, between the shoulder blades" }).click();
  await answerRedFlags(athlete, ["Do you have chest pain, trouble breathing, or unusual sweating?"]);
  await athlete.getByRole("button", { name: "Send report" }).click();
  const emergency = athlete.getByRole("alert", { name: "Get urgent medical help now" });
  await expect(emergency).toBeVisible();
  await expect(emergency).toContainText("call your local emergency number");
  await shot(athlete, "report-emergency-phone");

  const physio = await pageAs(browser, "physio2@riverside.example");
  await physio.goto("/triage");
  await physio.getByRole("combobox", { name: "Tier" }).selectOption({ label: "Emergency" });
  const item = physio.getByRole("listitem").filter({ has: physio.getByRole("link", { name: "Kwame Mensah" }) });
  await expect(item.getByText("Emergency", { exact: true })).toBeVisible();
  await expect(item).toContainText("Chest pain, breathlessness or sweating together with the back pain");
});

test("the report form explains what is missing, and a report can be corrected within a day", async ({ browser }) => {
  const athlete = await pageAs(browser, "athlete13@riverside.example", { width: 390, height: 844 });
  await athlete.goto("/today/report");
  await shot(athlete, "report-form-phone");
  await athlete.getByRole("button", { name: "Send report" }).click();
  await expect(athlete.getByText("Pain now: choose a number from 0 to 10.")).toBeVisible();
  await expect(athlete.getByText("Choose where it hurts.")).toBeVisible();
  await expect(athlete.getByText("Answer yes or no.").first()).toBeVisible();
  await shot(athlete, "report-form-errors-phone");

  await athlete.getByRole("radiogroup", { name: "How much does it hurt right now?" }).getByRole("radio", { name: "2", exact: true }).click();
  await athlete.getByRole("checkbox", { name: "Neck" }).click();
  await answerRedFlags(athlete, []);
  // The weekly OSTRC-O2 questions: "no problems" in the first one skips the other three.
  await athlete.getByRole("button", { name: "Answer the weekly questions" }).click();
  await expect(athlete.getByText(/not been validated for the upper back/)).toBeVisible();
  await expect(athlete.getByRole("radiogroup", { name: "How much pain did it cause?" })).toBeVisible();
  await athlete.getByRole("radiogroup", { name: /could you train and compete as normal/ }).getByRole("radio", { name: "Fully, with no problems" }).click();
  await expect(athlete.getByRole("radiogroup", { name: "How much pain did it cause?" })).toHaveCount(0);
  await athlete.getByRole("button", { name: "Send report" }).click();
  await expect(athlete.getByRole("heading", { name: "Thanks, your report is in" })).toBeVisible();
  await expect(athlete.getByLabel("Self-care tips")).toBeVisible();
  await athlete.getByRole("button", { name: "Send another report" }).click();
  // Answered this week: the questionnaire is not offered again until next week.
  await expect(athlete.getByRole("radiogroup", { name: "How much does it hurt right now?" })).toBeVisible();
  await expect(athlete.getByRole("button", { name: "Answer the weekly questions" })).toHaveCount(0);

  await athlete.getByRole("list", { name: "Recent reports" }).getByRole("listitem").first().getByRole("button", { name: "Correct" }).click();
  await athlete.getByRole("radiogroup", { name: "How much does it hurt right now?" }).getByRole("radio", { name: "3", exact: true }).click();
  await athlete.getByRole("button", { name: "Save correction" }).click();
  await expect(athlete.getByRole("heading", { name: "Your correction is saved" })).toBeVisible();
  const latest = athlete.getByRole("list", { name: "Recent reports" }).getByRole("listitem").first();
  await expect(latest).toContainText("3/10");
  await expect(latest).toContainText("Corrected");
});

test("a physio takes an unassigned case and finds it under 'assigned to me'", async ({ browser }) => {
  const physio = await pageAs(browser, "physio2@riverside.example", { width: 390, height: 844 });
  await physio.goto("/triage");
  const item = physio.getByRole("listitem").filter({ has: physio.getByRole("link", { name: "Diego Martínez" }) });
  await item.getByRole("button", { name: "Take the case of Diego Martínez" }).click();
  await expect(item).toContainText("Assigned to Tomás Ferreira");
  await physio.getByRole("switch", { name: "Assigned to me" }).click();
  await expect(physio.getByRole("link", { name: "Diego Martínez" })).toBeVisible();
  await expect(physio.getByRole("link", { name: "Lukas Schneider" })).toHaveCount(0);
  await shot(physio, "triage-queue-phone");
  await physio.getByRole("link", { name: "Diego Martínez" }).click();
  await expect(physio.getByRole("heading", { level: 1, name: "Diego Martínez" })).toBeVisible(CASE_PAGE);
  // A native select's text holds every option: check the chosen one.
  await expect(physio.getByRole("combobox", { name: "Assigned to" }).locator("option:checked")).toHaveText("Tomás Ferreira (me)");
  await physio.setViewportSize({ width: 1280, height: 900 });
  await shot(physio, "case-page-seeded-desktop");
});
