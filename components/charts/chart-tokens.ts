/**
 * The two chart values used outside the chart drawings too (the placeholder that stands in for a
 * drawing, the roster's sparklines), apart from chart-style.ts so those load without the rest.
 * chart-style.ts re-exports them.
 */
import type { PainBand } from "@/server/domain/pain";

export const PAIN_BAND_COLOR: Record<PainBand, string> = {
  none: "var(--pain-none)",
  mild: "var(--pain-mild)",
  moderate: "var(--pain-moderate)",
  severe: "var(--pain-severe)",
};

/** Chart height: tall enough to read on a phone, short enough to see two at once on a laptop. */
export const CHART_HEIGHT = 240;
