"use client";

import { useEffect, useState } from "react";
import { type DatePattern, formatInstant } from "./date-format";

/**
 * Times as the browser's clock and zone see them, without hydration mismatches: the server and
 * the hydrating render agree on UTC and on "no now yet"; the browser's zone and clock take over
 * right after, and `now` ticks so that "waiting 5 minutes" stays true.
 */
export function useClock(refreshMs = 30_000) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  const formatTime = (date: Date, pattern: DatePattern) => formatInstant(date, pattern, now === null ? "UTC" : undefined);
  return { now, formatTime };
}

export type Clock = ReturnType<typeof useClock>;
