/**
 * Shared chart styling. Colours are the theme's CSS variables, so charts follow dark mode; series
 * also differ by dash pattern and marker, so they can be told apart without colour.
 */
import { dayLabel } from "@/components/domain/date-format";
import type { PainBand } from "@/server/domain/pain";

export const SERIES_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
export const SERIES_DASHES = ["", "6 3", "2 3", "8 3 2 3", "12 4"];

export const PAIN_BAND_LABEL: Record<PainBand, string> = { none: "None (0)", mild: "Mild (1–3)", moderate: "Moderate (4–6)", severe: "Severe (7–10)" };

export const axisProps = {
  stroke: "var(--muted-foreground)",
  tick: { fontSize: 12, fill: "var(--muted-foreground)" },
  tickLine: false,
} as const;

export const gridProps = { stroke: "var(--border)", strokeDasharray: "3 3", vertical: false } as const;

export const tooltipProps = {
  contentStyle: { background: "var(--popover)", border: "1px solid var(--border)", borderRadius: 6, color: "var(--popover-foreground)", fontSize: 13 },
  labelStyle: { color: "var(--popover-foreground)", fontWeight: 600 },
  cursor: { fill: "var(--muted)", opacity: 0.5 },
} as const;

export { dayLabel };
// The pain bands' colours and the charts' height, also used outside the drawings.
export { CHART_HEIGHT, PAIN_BAND_COLOR } from "./chart-tokens";

/** Weeks are named by their first day. */
export const weekLabel = (week: string) => `Week of ${dayLabel(week)}`;
