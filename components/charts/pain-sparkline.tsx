import { dayLabel } from "@/components/domain/date-format";
import { addDays } from "@/server/domain/calendar";
import { painBand } from "@/server/domain/pain";
import { PAIN_BAND_COLOR } from "./chart-tokens";

const W = 84;
const H = 26;
const y = (pain: number) => H - 3 - (pain / 10) * (H - 6);

/**
 * The highest pain of each of the last 14 days as a tiny line with a dot per report day, coloured
 * by band. Screen readers get the same in words.
 */
export function PainSparkline({ values, from }: { values: (number | null)[]; from: string }) {
  const points = values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  if (points.length === 0) return <span className="text-xs text-muted-foreground">No reports in 14 days</span>;
  const x = (i: number) => 3 + (i / Math.max(1, values.length - 1)) * (W - 6);
  const peak = points.reduce((m, p) => (p.v > m.v ? p : m));
  const last = points[points.length - 1]!;
  const on = (i: number) => dayLabel(addDays(from, i));
  const label = `${points.length} report day${points.length === 1 ? "" : "s"} in 14 days; highest ${peak.v} on ${on(peak.i)}, latest ${last.v} on ${on(last.i)}`;
  return (
    <svg role="img" aria-label={label} width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="overflow-visible">
      <title>{label}</title>
      <line x1={0} x2={W} y1={H - 3} y2={H - 3} stroke="var(--border)" />
      {points.length > 1 && (
        <polyline points={points.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")} fill="none" stroke="var(--muted-foreground)" strokeWidth={1.25} />
      )}
      {points.map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={2.5} fill={PAIN_BAND_COLOR[painBand(p.v)]} stroke="var(--card)" strokeWidth={0.75} />
      ))}
    </svg>
  );
}
