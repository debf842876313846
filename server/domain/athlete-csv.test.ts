import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, parseAthleteCsv } from "./athlete-csv";

function rows(text: string) {
  const parsed = parseAthleteCsv(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.rows;
}

describe("parseAthleteCsv", () => {
  it("maps columns by their header, in any order and spelling", () => {
    expect(rows("Email,Team,Full Name,Date_of_Birth\na@x.example,Road,Ann Lee,1990-01-02\n")).toEqual([
      { line: 2, name: "Ann Lee", email: "a@x.example", team: "Road", birthDate: "1990-01-02", problems: [] },
    ]);
  });

  it("reads semicolon-separated files and a byte-order mark", () => {
    expect(rows("\uFEFFname;email;team;birth date\r\nAnn;a@x.example;Road;\r\n")[0]).toMatchObject({ line: 2, name: "Ann", team: "Road", birthDate: "" });
  });

  it("keeps quoted commas and line breaks inside one field and counts lines from where a record starts", () => {
    const r = rows('name,email,team\n"Lee, Ann",a@x.example,Road\n"Bo\nBrown",b@x.example,Road\n\nCy,c@x.example,Trail\n');
    expect(r.map((x) => [x.line, x.name])).toEqual([
      [2, "Lee, Ann"],
      [3, "Bo\nBrown"],
      [6, "Cy"],
    ]);
  });

  it("counts lines the same with Windows and old Mac line breaks", () => {
    expect(rows("name,email,team\r\n\r\nAnn,a@x.example,Road\r\n").map((x) => x.line)).toEqual([3]);
    expect(rows("name,email,team\r\rAnn,a@x.example,Road\r").map((x) => x.line)).toEqual([3]);
  });

  it("trims cells and treats a missing trailing cell as empty", () => {
    expect(rows("name,email,team,birth date\n  Ann  , a@x.example ,Road\n")[0]).toMatchObject({ name: "Ann", email: "a@x.example", birthDate: "" });
  });

  it("flags a line with more columns than the header", () => {
    expect(rows("name,email,team\nAnn,a@x.example,Road,extra\n")[0]!.problems).toEqual(["This line has more columns than the first line."]);
  });

  it("flags a line whose quote is never closed", () => {
    const r = rows('name,email,team\nAnn,a@x.example,Road\n"Bo,b@x.example,Road\n');
    expect(r.at(-1)!.problems).toContain("A quote on this line is not closed.");
  });

  it.each([
    ["", "The file is empty."],
    ["  \n\n", "The file is empty."],
    ["name,email,team\n\n", "The file has a header line but no athletes."],
    ["name,email\nAnn,a@x.example\n", "The first line must name the columns name, email, team and birth date. Missing: team."],
    ["first,second,third\n1,2,3\n", "The first line must name the columns name, email, team and birth date. Missing: name, email, team."],
  ])("refuses %j", (text, problem) => {
    expect(parseAthleteCsv(text)).toEqual({ ok: false, problem });
  });

  it("refuses more rows than one import takes", () => {
    const body = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `A${i},a${i}@x.example,Road`).join("\n");
    const parsed = parseAthleteCsv(`name,email,team\n${body}`);
    expect(parsed.ok).toBe(false);
  });
});
