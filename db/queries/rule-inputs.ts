/**
 * What the escalation rules read for one athlete's report, in one statement prepared once per
 * database. A report is the most frequent write: built each time, the three reads this replaces
 * (organisation, back-problem history, recent pain) cost it about a tenth of its server time.
 */
import { eq, sql } from "drizzle-orm";
import type { PainPoint } from "../../server/domain/escalation";
import type { DbOrTx } from "../client";
import { athleteProfiles, organisations, painReports } from "../schema";

const statements = new WeakMap<DbOrTx, ReturnType<typeof prepare>>();

function prepare(db: DbOrTx) {
  const athleteId = sql.placeholder("athleteId");
  // Each earlier report as [id, day, sent (epoch ms), painNow, painWorstRun]: one value to parse instead of a row each.
  const sent = sql`floor(extract(epoch from ${painReports.reportedAt}) * 1000)`;
  const points = sql`json_build_array(${painReports.id}, ${painReports.day}, ${sent}, ${painReports.painNow}, ${painReports.painWorstRun})`;
  return db
    .select({
      thresholds: organisations.thresholds,
      ackDeadlines: organisations.ackDeadlines,
      timeZone: organisations.timeZone,
      historyOfBackProblems: sql<boolean>`coalesce((select ${athleteProfiles.historyOfBackProblems} from ${athleteProfiles} where ${athleteProfiles.userId} = ${athleteId}), false)`,
      previous: sql<unknown>`(select coalesce(json_agg(${points}), '[]') from ${painReports} where ${painReports.athleteId} = ${athleteId} and ${painReports.day} >= ${sql.placeholder("since")})`,
    })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("orgId")))
    .prepare("rule_inputs");
}

type Point = [id: string, day: string, sentMs: number, painNow: number, painWorstRun: number | null];

/** since: the first day of earlier reports to read (athlete-local). The organisation must exist. */
export async function readRuleInputs(db: DbOrTx, params: { orgId: string; athleteId: string; since: string }) {
  let statement = statements.get(db);
  if (!statement) statements.set(db, (statement = prepare(db)));
  const [row] = await statement.execute(params);
  if (!row) throw new Error(`organisation ${params.orgId} not found`);
  // postgres.js hands json over as text (drizzle's setting), PGlite parsed.
  const raw = (typeof row.previous === "string" ? JSON.parse(row.previous) : row.previous) as Point[];
  const previous: PainPoint[] = raw.map(([id, day, sentMs, painNow, painWorstRun]) => ({ id, day, reportedAt: new Date(sentMs), painNow, painWorstRun }));
  return { thresholds: row.thresholds, ackDeadlines: row.ackDeadlines, timeZone: row.timeZone, historyOfBackProblems: row.historyOfBackProblems, previous };
}
