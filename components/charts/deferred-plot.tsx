"use client";

import { type ComponentType, useEffect, useState } from "react";
import { ChartPlaceholder } from "./chart-placeholder";

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/*
 * Chart drawings load after the page and draw one at a time, each when the browser is next idle:
 * drawing is the heaviest work on a dashboard, and three charts drawn in one go blocked the page
 * for a quarter of a second. The queue is shared by every chart on the page.
 */
let queue: Promise<unknown> = Promise.resolve();
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 1);
  });

/**
 * Renders `load`'s default export with the other props, behind a placeholder of the chart's height.
 * `load` must be a module-level function (`() => import("./x-plot")`), so it stays the same.
 */
export function DeferredPlot<P extends object>({ load, ...props }: { load: Loader<P> } & P) {
  const [Plot, setPlot] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    const loading = load();
    queue = queue
      .then(async () => {
        const { default: component } = await loading;
        await idle();
        if (live) setPlot(() => component);
      })
      .catch(() => {
        // The drawing failed to load (offline): the placeholder stays, and "Show table" still works.
      });
    return () => {
      live = false;
    };
  }, [load]);
  return Plot ? <Plot {...(props as unknown as P)} /> : <ChartPlaceholder />;
}
