"use client";

import { DeferredPlot } from "@/components/charts/deferred-plot";
import type { PainPoint } from "./pain-timeline-chart";

const loadChart = () => import("./pain-timeline-chart");

/** The browser's part of the server-rendered pain timeline: the chart, loaded after the page. */
export function PainTimelinePlot({ points }: { points: PainPoint[] }) {
  return <DeferredPlot load={loadChart} points={points} />;
}
