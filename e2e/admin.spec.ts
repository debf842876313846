import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, mainNavSections, overflowing, shot, signInAs } from "./helpers";

/** athlete22@riverside.example in the demo data; no other spec uses this athlete. */
const ATHLETE_22 = "Jakub Novák";

/** Names unique to one run of one test, so parallel tests never see each other's records. */
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function createTeam(page: Page, name: string) {
  await page.goto("/admin/teams");
  await page.getByPlaceholder("Name of a new team").fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
}

async function signInWithForm(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}

test("the admin invites a coach, the link sets a password, and the coach signs in and sees the team", async ({ page, browser }) => {
  const team = unique("Harbour Harriers");
  const email = `${unique("casey").replace(" ", "-")}@example.com`;
  const password = "harbour wind lighthouse";
  await signInAs(page, "admin@riverside.example");
  await createTeam(page, team);

  await page.goto("/admin");
  await page.getByRole("button", { name: "Invite someone" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite someone" });
  await dialog.getByLabel("Name").fill("Casey Coach");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("combobox", { name: "Role" }).selectOption({ label: "Coach" });
  await dialog.getByLabel(team).check();
  await dialog.getByRole("button", { name: "Create invitation" }).click();

  const linkDialog = page.getByRole("dialog", { name: "Invitation for Casey Coach" });
  await expect(linkDialog).toContainText("Email is off");
  const link = await linkDialog.getByRole("textbox", { name: "Link" }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await shot(page, "admin-invite-link-desktop");
  await linkDialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("table", { name: "Waiting links" })).toContainText(email);

  // The invitee opens the link in their own browser, signed out.
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { name: "Welcome to Riverside Running Club" })).toBeVisible();
  await inviteePage.setViewportSize({ width: 390, height: 844 });
  await shot(inviteePage, "invite-set-password-phone");
  await inviteePage.getByLabel("Password", { exact: true }).fill("too short");
  await inviteePage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(inviteePage.getByText("Use at least 12 characters.")).toBeVisible();
  await inviteePage.getByLabel("Password", { exact: true }).fill(password);
  await inviteePage.getByLabel("Password again").fill(password);
  await inviteePage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(inviteePage).toHaveURL(/\/coach$/);
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("status", { name: "Link problem" })).toContainText("used already");
  await invitee.close();

  // Signing in with the form and the new password shows the coach their team.
  const coach = await signInWithForm(browser, email, password);
  await expect(coach.page).toHaveURL(/\/coach$/);
  await expect(coach.page.getByRole("heading", { level: 1, name: "Roster" })).toBeVisible();
  await coach.page.getByRole("link", { name: "Account" }).click();
  await expect(coach.page.getByRole("list", { name: "Teams" })).toHaveText(team);
  await coach.context.close();
});

test("the admin imports a CSV of 5 athletes with one bad row and sees the row flagged", async ({ page }) => {
  const team = unique("Import Squad");
  const tag = Date.now().toString(36);
  await signInAs(page, "admin@riverside.example");
  await createTeam(page, team);
  const csv = [
    "name,email,team,birth date",
    `Maya Brooks,maya-${tag}@example.com,${team},1995-04-12`,
    `Leo Park,leo-${tag}@example.com,${team},`,
    `Bad Row,not-an-email,${team},2001-02-30`,
    `"Okafor, Chidi",chidi-${tag}@example.com,${team},1988-11-30`,
    `Iris Vale,iris-${tag}@example.com,${team},2004-07-01`,
  ].join("\n");

  await page.goto("/admin/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "athletes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const rows = page.getByRole("table", { name: "Rows of the file" });
  const bad = rows.locator('tr[data-status="error"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText("4");
  await expect(bad).toContainText("“not-an-email” is not a valid email address.");
  await expect(bad).toContainText("2001-02-30 is not a real date.");
  await expect(rows.locator('tr[data-status="ready"]')).toHaveCount(4);
  await shot(page, "admin-import-preview-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "admin-import-preview-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Import 4 athletes" }).click();
  await expect(page.getByText("4 athletes imported")).toBeVisible();
  await expect(page.getByRole("list", { name: "Links for the new athletes" }).getByRole("listitem")).toHaveCount(4);

  // The same file again creates nobody.
  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("CSV file").setInputFiles({ name: "athletes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(rows.locator('tr[data-status="skip"]')).toHaveCount(4);
  await expect(page.getByRole("button", { name: "Nothing to import" })).toBeDisabled();

  await page.goto("/admin");
  await page.getByRole("searchbox", { name: "Search people" }).fill(`-${tag}@`);
  await expect(page.getByTestId("person-row")).toHaveCount(4);
  await expect(page.getByTestId("person-row").first()).toContainText("No password yet");
});

test("a deactivated athlete cannot sign in, and their open session ends", async ({ page, browser }) => {
  const athlete = await signInWithForm(browser, "athlete22@riverside.example", DEMO_PASSWORD);
  await expect(athlete.page).toHaveURL(/\/today$/);

  await signInAs(page, "admin@riverside.example");
  await page.goto("/admin");
  await page.getByRole("searchbox", { name: "Search people" }).fill("athlete22@");
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  const name = ATHLETE_22;
  await page.getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("person-row")).toContainText("Deactivated");

  await athlete.page.goto("/today");
  await expect(athlete.page).toHaveURL(/\/sign-in/);
  await athlete.context.close();

  const again = await signInWithForm(browser, "athlete22@riverside.example", DEMO_PASSWORD);
  await expect(again.page.getByRole("status", { name: "Sign-in problem" })).toBeVisible();
  await expect(again.page).toHaveURL(/\/sign-in/);
  await again.context.close();

  // History stays, and reactivating lets them back in.
  await page.getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: "Reactivate" }).click();
  await expect(page.getByTestId("person-row")).toContainText("Active");
});

test("the last admin cannot be deactivated", async ({ page }) => {
  await signInAs(page, "admin@riverside.example");
  await page.goto("/admin");
  await page.getByRole("searchbox", { name: "Search people" }).fill("admin@riverside");
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  await page.getByRole("button", { name: "Actions for Helen Achterberg" }).click();
  await page.getByRole("menuitem", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status", { name: "Not deactivated" })).toContainText("last active admin");
});

const ADMIN_SECTIONS = ["People", "Teams", "Clinic", "Settings", "Audit trail", "Privacy"];

const PAGES = [
  { who: "admin@riverside.example", path: "/admin", name: "admin-people", heading: "People" },
  { who: "admin@riverside.example", path: "/admin/teams", name: "admin-teams", heading: "Teams" },
  { who: "admin@riverside.example", path: "/admin/settings", name: "admin-settings", heading: "Settings" },
  { who: "admin@riverside.example", path: "/admin/import", name: "admin-import", heading: "Import athletes" },
  { who: "admin@riverside.example", path: "/admin/audit", name: "admin-audit", heading: "Audit trail" },
  { who: "admin@riverside.example", path: "/admin/privacy", name: "admin-privacy", heading: "Privacy" },
  { who: "athlete@riverside.example", path: "/account", name: "account-athlete", heading: "Account" },
  { who: "coach@riverside.example", path: "/account", name: "account-coach", heading: "Account" },
];

for (const p of PAGES) {
  test(`screenshots of ${p.path} as ${p.who}`, async ({ page }) => {
    await signInAs(page, p.who);
    for (const [label, width, height] of [["desktop", 1280, 800], ["phone", 360, 800]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(p.path);
      await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
      await shot(page, `${p.name}-${label}`);
      if (p.path.startsWith("/admin")) {
        // Nothing sticks out, and every section is one tap (or the "More" menu) away.
        expect(await overflowing(page, width)).toEqual([]);
        // (retried: the bar settles which links fit once the page's script runs)
        await expect(async () => expect(await mainNavSections(page)).toEqual(expect.arrayContaining(ADMIN_SECTIONS))).toPass();
      }
    }
  });
}

test("an unknown invitation link says so plainly", async ({ page }) => {
  await page.goto(`/invite/${"a".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Link problem" })).toContainText("We do not know this link");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "invite-unknown-phone");
});

test("the invite dialog fits a phone", async ({ page }) => {
  await signInAs(page, "admin@riverside.example");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin");
  await page.getByRole("button", { name: "Invite someone" }).click();
  await page.getByRole("dialog", { name: "Invite someone" }).getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByText("Name is required.")).toBeVisible();
  await shot(page, "admin-invite-dialog-phone");
});
