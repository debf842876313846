import { expect, type Page, test } from "@playwright/test";
import { shot, signInAs, trpcCall } from "./helpers";

async function pickExercise(page: Page, index: number, name: string) {
  const item = page.getByRole("listitem", { name: `Exercise ${index}` });
  await item.getByRole("combobox", { name: "Exercise" }).selectOption({ label: name });
}

test("a coach builds a program, assigns it to a team, the athlete checks items off and adherence moves", async ({ browser }) => {
  const programName = `Desk-day reset ${Date.now().toString(36)}`;
  const coach = await browser.newPage();
  await signInAs(coach, "coach@riverside.example");

  await coach.goto("/coach/programs/new");
  await coach.getByLabel("Program name").fill(programName);
  await coach.getByLabel("Goal").fill("Loosen the upper back after long desk days.");
  await pickExercise(coach, 1, "Wall angels");
  await coach.getByRole("button", { name: "Add exercise" }).click();
  await pickExercise(coach, 2, "Chin tucks");
  await coach.getByRole("button", { name: "Add exercise" }).click();
  await pickExercise(coach, 3, "Box breathing");
  // Keyboard reordering: the third exercise moves up one place.
  await coach.getByRole("button", { name: "Move exercise 3 up" }).click();
  await coach.getByLabel("Form cues").fill("Shoulders low and relaxed");
  await coach.setViewportSize({ width: 1280, height: 900 });
  await shot(coach, "program-builder-desktop");
  await coach.setViewportSize({ width: 390, height: 844 });
  await shot(coach, "program-builder-phone");
  await coach.setViewportSize({ width: 1280, height: 900 });
  await coach.getByRole("button", { name: "Create program" }).click();
  await expect(coach.getByRole("heading", { level: 1, name: programName })).toBeVisible();

  await coach.getByRole("button", { name: "Assign" }).click();
  const dialog = coach.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Team" }).selectOption({ label: "Road Runners" });
  await dialog.getByRole("button", { name: "Assign" }).click();
  await expect(coach.getByText(/Assigned version 1 to 12 athletes/)).toBeVisible();
  await expect(coach.getByRole("table", { name: "Assigned athletes" }).getByRole("row")).toHaveCount(13);

  // Assigning the same program again for overlapping dates is refused, naming the assignment.
  await coach.getByRole("button", { name: "Assign" }).click();
  await dialog.getByRole("combobox", { name: "Team" }).selectOption({ label: "Road Runners" });
  await dialog.getByRole("button", { name: "Assign" }).click();
  await expect(dialog.getByRole("status", { name: "Assignment problem" })).toContainText(`already has “${programName}” (version 1)`);
  await coach.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await coach.goto("/coach");
  const athleteLink = coach.getByRole("table", { name: "Athletes" }).getByRole("link").filter({ hasText: await athleteName(coach) });
  await athleteLink.click();
  const weekHint = coach.getByRole("region", { name: "Adherence" }).getByText(/of \d+ due/).first();
  const before = Number((await weekHint.textContent())?.match(/^(\d+) of/)?.[1]);

  const athletePage = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signInAs(athletePage, "athlete@riverside.example");
  await athletePage.goto("/today");
  const card = athletePage.getByRole("region", { name: programName });
  await expect(card).toBeVisible();
  await card.getByRole("checkbox", { name: "Wall angels" }).click();
  await card.getByRole("checkbox", { name: "Box breathing" }).click();
  await expect(card.getByRole("checkbox", { name: "Wall angels" })).toBeChecked();
  await expect(card.getByRole("checkbox", { name: "Box breathing" })).toBeChecked();
  await expect(card.getByRole("checkbox", { name: "Chin tucks" })).not.toBeChecked();
  await shot(athletePage, "today-phone");
  // The ticks were saved, not just drawn.
  await athletePage.reload();
  await expect(athletePage.getByRole("region", { name: programName }).getByRole("checkbox", { name: "Wall angels" })).toBeChecked();

  await coach.reload();
  await expect(coach.getByRole("region", { name: "Adherence" }).getByText(/of \d+ due/).first()).toHaveText(new RegExp(`^${before + 2} of`));
  await shot(coach, "coach-athlete-desktop");
});

async function athleteName(page: Page): Promise<string> {
  // The demo athlete's display name comes from the roster rather than being hard-coded here.
  const roster = await trpcCall<{ name: string; email: string }[]>(page, "roster.list", undefined);
  const me = roster.find((r) => r.email === "athlete@riverside.example");
  if (!me) throw new Error("demo athlete missing from the roster");
  return me.name;
}

test("today at desktop width", async ({ page }) => {
  await signInAs(page, "athlete@riverside.example");
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await shot(page, "today-desktop");
});

test("the exercise library filters by category and a coach adds an exercise", async ({ page }) => {
  await signInAs(page, "coach@riverside.example");
  await page.goto("/coach/exercises");
  await page.getByRole("combobox", { name: "Category" }).selectOption({ label: "Breathing" });
  await expect(page.getByRole("list", { name: "Exercises" }).getByRole("heading", { name: "Box breathing" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Plank", exact: true })).toHaveCount(0);
  const name = `Seated twist ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "New exercise" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Steps").fill("Sit tall on a chair.\nTurn gently to one side and breathe.");
  await dialog.getByLabel("Sets").fill("25");
  await dialog.getByRole("button", { name: "Add exercise" }).click();
  await expect(dialog.getByText("Sets can be at most 20.")).toBeVisible();
  await dialog.getByLabel("Sets").fill("2");
  await dialog.getByRole("button", { name: "Add exercise" }).click();
  await expect(page.getByText("Exercise added to your library.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.getByRole("combobox", { name: "Category" }).selectOption({ label: "All categories" });
  await page.getByLabel("Search exercises").fill(name);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "exercises-phone");
});


test("a coach finds athletes by name or team and assigns a program to the ones chosen", async ({ page }) => {
  await signInAs(page, "coach@riverside.example");
  const [exercise] = await trpcCall<{ id: string }[]>(page, "exercise.list", {});
  const dose = { kind: "minutes", sets: null, reps: null, holdSeconds: null, minutes: 2, perSide: false };
  const program = await trpcCall<{ id: string }>(page, "program.create", {
    name: `Chosen few ${Date.now().toString(36)}`,
    goal: "",
    formCues: [],
    lifestyleNotes: [],
    items: [{ exerciseId: exercise!.id, dose, schedule: { kind: "daily", timesPerWeek: null, weekdays: null } }],
  });
  const names = await trpcCall<{ name: string; teams: string[] }[]>(page, "roster.names", null);
  const [first, second] = names;

  await page.goto(`/coach/programs/${program.id}`);
  await page.getByRole("button", { name: "Assign" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("tab", { name: "Chosen athletes" }).click();
  await dialog.getByLabel("Find athletes").fill(first!.name.slice(0, 5));
  await dialog.getByRole("checkbox", { name: first!.name }).check();
  // A new search keeps the athlete already chosen in the list.
  await dialog.getByLabel("Find athletes").fill(second!.name);
  await expect(dialog.getByRole("checkbox", { name: first!.name })).toBeChecked();
  await dialog.getByRole("checkbox", { name: second!.name }).check();
  await expect(dialog.getByText("2 chosen")).toBeVisible();
  await dialog.getByLabel("Find athletes").fill("no such athlete here");
  await expect(dialog.getByRole("checkbox")).toHaveCount(2);
  await shot(page, "assign-chosen-athletes-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "assign-chosen-athletes-phone");
  await dialog.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText(/Assigned version 1 to 2 athletes/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Assigned athletes" }).getByRole("row")).toHaveCount(3);
});
