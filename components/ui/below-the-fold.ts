import { type ComponentType, lazy } from "react";

/**
 * A part of a page below its first screen, in a chunk of its own: the browser starts fetching it
 * as soon as the importing module runs (right after the page's own JS), the server still renders
 * it, and under a Suspense boundary it hydrates when its chunk arrives, so the first screen does
 * not wait for it to become usable. What a page transfers in all does not change; the JS the first
 * screen needs shrinks.
 */
export function belowTheFold<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  if (typeof window !== "undefined") load().catch(() => undefined);
  // import() returns the same module each time, so this reuses the fetch started above.
  return lazy(() => load().then((component) => ({ default: component })));
}
