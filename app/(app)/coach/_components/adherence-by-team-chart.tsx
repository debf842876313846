"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { axisProps, CHART_HEIGHT, dayLabel, gridProps, SERIES_COLORS, SERIES_DASHES, tooltipProps, weekLabel } from "@/components/charts/chart-style";
import type { RouterOutputs } from "@/server/api/types";
import { ratioLabel } from "@/server/domain/adherence";

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
      <LineChart responsive data={data} style={{ width: "100%", height: CHART_HEIGHT }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="week" tickFormatter={dayLabel} minTickGap={12} {...axisProps} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisProps} />
        <Tooltip {...tooltipProps} labelFormatter={(w) => weekLabel(String(w))} formatter={(v) => (v == null ? "nothing due" : `${String(v)}%`)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {teams.map((t, i) => (
          <Line
            key={t.id}
            dataKey={t.id}
            name={t.name}
            stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
            strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFigure>
  );
}
