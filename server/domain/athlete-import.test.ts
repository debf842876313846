import { describe, expect, it } from "vitest";
import type { CsvRow } from "./athlete-csv";
import { birthDateProblem, checkImportRows, type ImportContext, summariseImport } from "./athlete-import";

const ctx: ImportContext = {
  teams: [
    { id: "t-road", name: "Road Runners", archived: false },
    { id: "t-old", name: "Old Squad", archived: true },
  ],
  accounts: new Map([
    ["here@x.example", "this-org"],
    ["elsewhere@x.example", "other-org"],
  ]),
  openInvitations: new Set(["invited@x.example"]),
  today: "2026-11-22",
};

const row = (line: number, over: Partial<CsvRow> = {}): CsvRow => ({
  line,
  name: "Ann Lee",
  email: `ann${line}@x.example`,
  team: "Road Runners",
  birthDate: "1990-05-01",
  problems: [],
  ...over,
});

describe("checkImportRows", () => {
  it("makes a clean row ready, with the team's id and a lower-cased email", () => {
    const [r] = checkImportRows([row(2, { email: "Ann@X.example", team: "road runners" })], ctx);
    expect(r).toMatchObject({ status: "ready", email: "ann@x.example", teamId: "t-road", birthDate: "1990-05-01", problems: [] });
  });

  it("allows an empty birth date", () => {
    expect(checkImportRows([row(2, { birthDate: "" })], ctx)[0]).toMatchObject({ status: "ready", birthDate: null });
  });

  it.each<[string, Partial<CsvRow>, string]>([
    ["missing name", { name: "" }, "The name is missing."],
    ["long name", { name: "x".repeat(121) }, "The name is longer than 120 characters."],
    ["missing email", { email: "" }, "The email address is missing."],
    ["bad email", { email: "ann.example" }, "“ann.example” is not a valid email address."],
    ["missing team", { team: "" }, "The team is missing."],
    ["unknown team", { team: "Hill Squad" }, "There is no team called “Hill Squad”."],
    ["archived team", { team: "old squad" }, "The team “Old Squad” is archived."],
    ["impossible date", { birthDate: "2001-02-30" }, "2001-02-30 is not a real date."],
    ["day-first date", { birthDate: "21/03/1994" }, "“21/03/1994” is not a date in the form YYYY-MM-DD (for example 1994-03-21)."],
    ["future date", { birthDate: "2027-01-01" }, "The birth date 2027-01-01 is in the future."],
    ["account elsewhere", { email: "ELSEWHERE@x.example" }, "This email address already has an account elsewhere; each person can have only one."],
    ["open invitation", { email: "invited@x.example" }, "An invitation to this address is still open."],
  ])("flags a row with %s", (_, over, problem) => {
    const [r] = checkImportRows([row(7, over)], ctx);
    expect(r!.status).toBe("error");
    expect(r!.problems).toEqual([problem]);
    expect(r!.line).toBe(7);
  });

  it("lists every problem of a row, including the parser's", () => {
    const [r] = checkImportRows([row(3, { name: "", team: "Nope", birthDate: "1990-13-01", problems: ["This line has more columns than the first line."] })], ctx);
    expect(r!.problems).toEqual([
      "This line has more columns than the first line.",
      "The name is missing.",
      "There is no team called “Nope”.",
      "1990-13-01 is not a real date.",
    ]);
  });

  it("skips a person already in this organisation, so importing the same file twice changes nothing", () => {
    const [r] = checkImportRows([row(2, { email: "here@x.example" })], ctx);
    expect(r).toMatchObject({ status: "skip", problems: [], note: "Already in your organisation; left as it is." });
  });

  it("reports a row that has problems even when the person is already here", () => {
    expect(checkImportRows([row(2, { email: "here@x.example", team: "Nope" })], ctx)[0]!.status).toBe("error");
  });

  it("flags the second row with the same email, pointing at the first", () => {
    const rows = checkImportRows([row(2, { email: "same@x.example" }), row(3), row(4, { email: "Same@x.example" })], ctx);
    expect(rows.map((r) => r.status)).toEqual(["ready", "ready", "error"]);
    expect(rows[2]!.problems).toEqual(["The same email address is on line 2."]);
    expect(summariseImport(rows)).toEqual({ ready: 2, skip: 0, error: 1 });
  });
});

describe("birthDateProblem", () => {
  it.each<[string, string | null]>([
    ["2000-02-29", null],
    ["1900-01-01", null],
    ["2026-11-22", null],
    ["1899-12-31", "The birth date 1899-12-31 is before 1900."],
    ["1900-02-29", "1900-02-29 is not a real date."],
    ["2026-11-23", "The birth date 2026-11-23 is in the future."],
    ["1990-1-5", "“1990-1-5” is not a date in the form YYYY-MM-DD (for example 1994-03-21)."],
  ])("%s → %s", (value, expected) => {
    expect(birthDateProblem(value, "2026-11-22")).toBe(expected);
  });
});
