"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { DeferredPlot } from "@/components/charts/deferred-plot";
import { weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";
import { ratioLabel } from "@/server/domain/adherence";

const loadAdherenceByTeamPlot = () => import("./adherence-by-team-plot");

type Row = RouterOutputs["dashboard"]["team"]["adherenceByTeam"][number];

/** Share of due exercises done, per team and week; weeks with nothing due have no point. */
export function AdherenceByTeamChart({ rows, weeks }: { rows: Row[]; weeks: string[] }) {
  const teams = [...new Map(rows.map((r) => [r.teamId, r.teamName])).entries()].map(([id, name]) => ({ id, name }));
  const cell = new Map(rows.map((r) => [`${r.teamId}:${r.week}`, r]));
  const pct = (r: Row | undefined) => (r && r.due > 0 ? Math.round((r.done / r.due) * 100) : null);
  const data = weeks.map((week) => ({ week, ...Object.fromEntries(teams.map((t) => [t.id, pct(cell.get(`${t.id}:${week}`))])) }));
  const weeksWithData = weeks.filter((w) => teams.some((t) => (cell.get(`${t.id}:${w}`)?.due ?? 0) > 0)).length;
  const sum = (teamId: string, k: "done" | "due") => rows.filter((r) => r.teamId === teamId).reduce((n, r) => n + r[k], 0);
  const summary = teams
    .map((t) => {
      const last = cell.get(`${t.id}:${weeks.at(-1)}`);
      const due = sum(t.id, "due");
      return `${t.name}: ${ratioLabel(due > 0 ? sum(t.id, "done") / due : null)} of due exercises done over the period, ${last && last.due > 0 ? `${ratioLabel(last.done / last.due)} this week so far` : "nothing due this week"}.`;
    })
    .join(" ");
  return (
    <ChartFigure
      title="Weekly adherence by team"
      description="Exercises done as a share of those due. This week counts up to today."
      summary={summary}
      status={weeksWithData === 0 ? "empty" : weeksWithData < 2 ? "too-little" : "ready"}
      emptyText="No exercises were due in this period."
      tooLittleText="Not enough data yet: a trend needs at least two weeks with exercises due."
      table={{
        columns: ["Week", ...teams.map((t) => t.name)],
        rows: weeks.map((w) => [weekLabel(w), ...teams.map((t) => {
          const r = cell.get(`${t.id}:${w}`);
          return r && r.due > 0 ? `${ratioLabel(r.done / r.due)} (${r.done} of ${r.due})` : "nothing due";
        })]),
      }}
    >
      <DeferredPlot load={loadAdherenceByTeamPlot} data={data} teams={teams} />
    </ChartFigure>
  );
}
