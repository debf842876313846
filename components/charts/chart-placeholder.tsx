import { Skeleton } from "@/components/ui/skeleton";
import { CHART_HEIGHT } from "./chart-tokens";

/**
 * Stands in for a chart drawing while its code loads (charts are loaded after the page, so
 * the figures and tables show first). Same height as the drawing, so nothing moves when it
 * arrives; decorative, as the drawing is hidden from screen readers too (they get the summary).
 */
export function ChartPlaceholder() {
  return <Skeleton decorative data-chart-placeholder="" className="w-full" style={{ height: CHART_HEIGHT }} />;
}
