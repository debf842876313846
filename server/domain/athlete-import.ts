/**
 * Checks the rows of an athlete file against the organisation before anything is saved.
 * A row is "ready" (will be created), "skip" (the person is already in this organisation, so a
 * second import of the same file changes nothing) or "error" (listed with its problems).
 */
import { z } from "zod";
import type { CsvRow } from "./athlete-csv";
import { type Day, isDay } from "./calendar";

export type ImportTeam = { id: string; name: string; archived: boolean };

export type ImportContext = {
  /** The organisation's teams, archived ones included so they get a precise message. */
  teams: ImportTeam[];
  /** Lower-cased emails of every account, and whether it belongs to this organisation. */
  accounts: ReadonlyMap<string, "this-org" | "other-org">;
  /** Lower-cased emails with an open invitation in this organisation. */
  openInvitations: ReadonlySet<string>;
  today: Day;
};

export type ImportStatus = "ready" | "skip" | "error";

export type CheckedRow = {
  line: number;
  name: string;
  email: string;
  team: string;
  teamId: string | null;
  birthDate: string | null;
  status: ImportStatus;
  problems: string[];
  note: string | null;
};

const emailSchema = z.email();
const OLDEST_BIRTH_YEAR = 1900;

export function checkImportRows(rows: readonly CsvRow[], ctx: ImportContext): CheckedRow[] {
  const teamsByName = new Map(ctx.teams.map((t) => [t.name.trim().toLowerCase(), t]));
  const firstLineOfEmail = new Map<string, number>();
  return rows.map((row) => {
    const problems = [...row.problems];
    let note: string | null = null;
    const email = row.email.trim().toLowerCase();

    if (row.name === "") problems.push("The name is missing.");
    else if (row.name.length > 120) problems.push("The name is longer than 120 characters.");

    let known: "this-org" | "other-org" | undefined;
    if (email === "") problems.push("The email address is missing.");
    else if (email.length > 254 || !emailSchema.safeParse(email).success) problems.push(`“${row.email}” is not a valid email address.`);
    else {
      const earlier = firstLineOfEmail.get(email);
      if (earlier !== undefined) problems.push(`The same email address is on line ${earlier}.`);
      else firstLineOfEmail.set(email, row.line);
      known = ctx.accounts.get(email);
      if (known === "other-org") problems.push("This email address already has an account elsewhere; each person can have only one.");
      else if (known === undefined && ctx.openInvitations.has(email)) problems.push("An invitation to this address is still open.");
    }

    let teamId: string | null = null;
    if (row.team === "") problems.push("The team is missing.");
    else {
      const team = teamsByName.get(row.team.trim().toLowerCase());
      if (!team) problems.push(`There is no team called “${row.team}”.`);
      else if (team.archived) problems.push(`The team “${team.name}” is archived.`);
      else teamId = team.id;
    }

    const birthDate = row.birthDate === "" ? null : row.birthDate;
    if (birthDate !== null) {
      const problem = birthDateProblem(birthDate, ctx.today);
      if (problem) problems.push(problem);
    }

    let status: ImportStatus = problems.length > 0 ? "error" : "ready";
    if (status === "ready" && known === "this-org") {
      status = "skip";
      note = "Already in your organisation; left as it is.";
    }
    return { line: row.line, name: row.name, email, team: row.team, teamId, birthDate, status, problems, note };
  });
}

export function birthDateProblem(value: string, today: Day): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `“${value}” is not a date in the form YYYY-MM-DD (for example 1994-03-21).`;
  if (!isDay(value)) return `${value} is not a real date.`;
  if (value > today) return `The birth date ${value} is in the future.`;
  if (Number(value.slice(0, 4)) < OLDEST_BIRTH_YEAR) return `The birth date ${value} is before ${OLDEST_BIRTH_YEAR}.`;
  return null;
}

export function summariseImport(rows: readonly CheckedRow[]) {
  return {
    ready: rows.filter((r) => r.status === "ready").length,
    skip: rows.filter((r) => r.status === "skip").length,
    error: rows.filter((r) => r.status === "error").length,
  };
}
