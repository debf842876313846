/**
 * Turns an athlete's export into files: one JSON with everything, and one CSV per list (a
 * spreadsheet opens each directly). Pure and client-safe, so the download is built in the browser.
 */
export type ExportFile = { name: string; label: string; rows: number; mime: string; content: string };

const LABELS: Record<string, string> = {
  teams: "Teams",
  painReports: "Pain reports",
  painReportCorrections: "Corrections to pain reports",
  exerciseCheckOffs: "Exercise check-offs",
  programAssignments: "Programs assigned to you",
  programPauses: "Program pauses",
  cases: "Clinic cases",
  caseHistory: "Case history",
  messagesFromYourClinic: "Messages from your clinic",
  returnToRun: "Return-to-run decisions",
  escalationChecks: "Automatic checks of your reports",
  notifications: "Notifications",
  accessLog: "Who looked at your data",
};

export function exportJson(data: Record<string, unknown>, exportedAt: Date): ExportFile {
  const content = JSON.stringify({ exportedAt: exportedAt.toISOString(), ...data }, null, 2);
  return { name: "upright-my-data.json", label: "Everything", rows: 1, mime: "application/json", content };
}

export function exportCsvFiles(data: Record<string, unknown>): ExportFile[] {
  return Object.entries(data)
    .filter((entry): entry is [string, Record<string, unknown>[]] => Array.isArray(entry[1]))
    .map(([key, rows]) => ({
      name: `upright-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`,
      label: LABELS[key] ?? key,
      rows: rows.length,
      mime: "text/csv",
      content: toCsv(rows),
    }));
}

export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(cellText(row[c]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Quotes when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
