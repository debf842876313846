"use client";

import { useSyncExternalStore } from "react";
import { cn } from "./cn";

const noSubscription = () => () => {};

/** False in the server render and while hydrating, true once React handles events. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * Groups controls that only work once React has hydrated. Until then they are marked
 * aria-disabled (assistive tech and Playwright wait) rather than disabled, so the page does not
 * flash faded controls; submit buttons should also be `disabled={!hydrated}` so a native submit
 * cannot slip through.
 */
export function ReadyFieldset({ className, ...props }: React.ComponentProps<"fieldset">) {
  const hydrated = useHydrated();
  return <fieldset aria-disabled={hydrated ? undefined : true} className={cn("m-0 min-w-0 border-0 p-0", className)} {...props} />;
}
