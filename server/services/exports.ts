/**
 * CSV exports, built from the same loaders and access checks as the pages. Values that a
 * spreadsheet would run as formulas are escaped (papaparse escapeFormulae).
 */
import Papa from "papaparse";
import type { DbOrTx } from "../../db/client";
import { allCompletions, allPainReports } from "../../db/queries/athlete-history";
import { timeline } from "../../db/queries/athlete-progress";
import { requireVisibleAthlete } from "../access";
import type { Viewer } from "../auth/viewer";
import { localDay } from "../domain/calendar";
import { type OstrcAnswer, scoreOstrcO2 } from "../domain/ostrc";
import { TIER_LABEL, RETURN_TO_RUN_LABEL } from "../domain/labels";
import { timelineLabel } from "../domain/timeline";
import { audit } from "./audit";
import { audienceFor } from "./athlete-progress";
import { loadRosterPage } from "./roster-page";

type Cell = string | number | null;
const csv = (fields: string[], data: Cell[][]) => Papa.unparse({ fields, data: data.map((r) => r.map((v) => v ?? "")) }, { escapeFormulae: true });
const percent = (r: number | null) => (r === null ? "" : Math.round(r * 100));
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "athlete";

export async function rosterCsv(db: DbOrTx, viewer: Viewer, input: { teamId: string | null }, ip: string | null) {
  const page = await loadRosterPage(db, viewer, { teamId: input.teamId, search: "", tier: null, returnToRun: null, sort: "name", desc: false, page: 0, pageSize: null });
  await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "export.roster", entityType: "team", entityId: input.teamId ?? undefined, ip });
  const fields = ["athlete", "email", "teams", "last_pain_0_10", "last_pain_date", "this_week_done", "this_week_due", "this_week_percent", "four_weeks_done", "four_weeks_due", "four_weeks_percent", "open_case", "return_to_run"];
  const data = page.rows.map((r) => [
    r.name,
    r.email,
    r.teams.join("; "),
    r.painHidden ? "not shared" : (r.lastPain?.painNow ?? null),
    r.painHidden ? "not shared" : (r.lastPain?.day ?? null),
    r.adherence.thisWeek.done,
    r.adherence.thisWeek.due,
    percent(r.adherence.thisWeek.ratio),
    r.adherence.last4Weeks.done,
    r.adherence.last4Weeks.due,
    percent(r.adherence.last4Weeks.ratio),
    r.caseTier ? TIER_LABEL[r.caseTier] : null,
    r.returnToRun ? RETURN_TO_RUN_LABEL[r.returnToRun] : null,
  ]);
  return { filename: `roster-${page.today}.csv`, csv: csv(fields, data), rows: data.length };
}

const HISTORY_FIELDS = ["date", "record", "program", "exercise", "pain_now_0_10", "worst_during_run_0_10", "areas", "timing", "kind_of_pain", "red_flags_yes", "ostrc_o2_severity_0_100", "difficulty_0_10", "note", "detail"];

/** Pain reports, exercises done, program changes and case events, oldest first. */
export async function athleteHistoryCsv(db: DbOrTx, viewer: Viewer, input: { athleteId: string }, ip: string | null) {
  const athlete = await requireVisibleAthlete(db, viewer, input.athleteId);
  const who = audienceFor(viewer, athlete);
  const { timeZone } = athlete;
  const [reports, done, events] = await Promise.all([
    who.painShared ? allPainReports(db, { athleteId: athlete.id }) : Promise.resolve([]),
    allCompletions(db, { athleteId: athlete.id }),
    timeline(db, { athleteId: athlete.id, from: "0001-01-01", to: "9999-12-31", timeZone }),
  ]);
  const rows: { day: string; order: number; cells: Cell[] }[] = [];
  for (const r of reports) {
    const severity = r.ostrcVersion ? scoreOstrcO2({ q1: r.q1 as OstrcAnswer, q2: r.q2 as OstrcAnswer, q3: r.q3 as OstrcAnswer, q4: r.q4 as OstrcAnswer }).severity : null;
    const flags = Object.entries(r.redFlags).filter(([, yes]) => yes).map(([k]) => k);
    rows.push({ day: r.day, order: 0, cells: [r.day, "pain report", null, null, r.painNow, r.painWorstRun, r.areas.join("; "), r.timings.join("; "), r.qualities.join("; "), flags.join("; "), severity, null, r.note, null] });
  }
  for (const c of done) {
    const detail = c.late ? "filled in later" : null;
    rows.push({ day: c.day, order: 1, cells: [c.day, "exercise done", c.program, c.exercise, who.painShared ? c.pain : null, null, null, null, null, null, null, c.difficulty, who.painShared ? c.note : null, detail] });
  }
  for (const e of events) {
    rows.push({ day: e.day, order: 2, cells: [e.day, e.kind.startsWith("program-") ? "program change" : "clinic case", e.program, null, null, null, null, null, null, null, null, null, null, timelineLabel(e, who)] });
  }
  rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.order - b.order));
  await audit(db, { orgId: viewer.orgId, actorId: viewer.id, action: "export.athlete-history", entityType: "athlete", entityId: athlete.id, athleteId: athlete.id, ip });
  return { filename: `history-${slug(athlete.name)}-${localDay(new Date(), timeZone)}.csv`, csv: csv(HISTORY_FIELDS, rows.map((r) => r.cells)), rows: rows.length };
}
