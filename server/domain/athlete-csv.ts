/**
 * Reading an athlete list exported from a spreadsheet: name, email, team, birth date.
 * Parsing is papaparse's job (quotes, embedded commas and line breaks, `;` from European
 * Excel); this module maps the columns and reports, per line of the file, what is wrong.
 */
import Papa from "papaparse";
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from "./import-limits";

export { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS };

export type ImportColumn = "name" | "email" | "team" | "birthDate";

const HEADER_ALIASES: Record<string, ImportColumn> = {
  name: "name",
  "full name": "name",
  athlete: "name",
  email: "email",
  "email address": "email",
  "e-mail": "email",
  team: "team",
  "team name": "team",
  "birth date": "birthDate",
  birthdate: "birthDate",
  "date of birth": "birthDate",
  dob: "birthDate",
};

const REQUIRED: ImportColumn[] = ["name", "email", "team"];
const COLUMN_WORDS: Record<ImportColumn, string> = { name: "name", email: "email", team: "team", birthDate: "birth date" };

/** One data line of the file; `line` is where the record starts (1 is the header). */
export type CsvRow = { line: number; name: string; email: string; team: string; birthDate: string; problems: string[] };

export type ParsedCsv = { ok: true; rows: CsvRow[] } | { ok: false; problem: string };

function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[_\s]+/g, " ");
}

/** Splits the file into rows with their starting line numbers and any structural problem. */
export function parseAthleteCsv(input: string): ParsedCsv {
  // One line-break style keeps papaparse's cursor and our line count in step.
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: "The file is too large. Split it into files of at most 1,000 athletes." };
  if (text.trim() === "") return { ok: false, problem: "The file is empty." };

  const records: { line: number; cells: string[]; broken: boolean }[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t"],
    step: (result) => {
      const end = result.meta.cursor;
      const broken = result.errors.some((e) => e.type === "Quotes");
      records.push({ line, cells: result.data, broken });
      line += countLineBreaks(text, cursor, end);
      cursor = end;
    },
  });

  const [header, ...data] = records;
  if (!header) return { ok: false, problem: "The file is empty." };
  const columns = header.cells.map((c) => HEADER_ALIASES[normaliseHeader(c)] ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problem: `The first line must name the columns name, email, team and birth date. Missing: ${missing.map((c) => COLUMN_WORDS[c]).join(", ")}.`,
    };
  }

  const rows: CsvRow[] = [];
  for (const record of data) {
    if (record.cells.every((c) => c.trim() === "")) continue;
    const row: CsvRow = { line: record.line, name: "", email: "", team: "", birthDate: "", problems: [] };
    record.cells.forEach((cell, i) => {
      const column = columns[i];
      if (column) row[column] = cell.trim();
    });
    if (record.broken) row.problems.push("A quote on this line is not closed.");
    if (record.cells.length > header.cells.length) row.problems.push("This line has more columns than the first line.");
    rows.push(row);
  }
  if (rows.length === 0) return { ok: false, problem: "The file has a header line but no athletes." };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problem: `The file has ${rows.length} athletes; import at most ${MAX_IMPORT_ROWS} at a time.` };
  return { ok: true, rows };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
