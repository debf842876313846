"use client";

import { useHydrated } from "@/components/ui/ready-fieldset";
import { type DatePattern, formatInstant } from "./date-format";

/**
 * A moment for server-rendered text: UTC in the server's HTML and the hydrating render, so the
 * two agree, then the reader's own time zone. The one part of such text that needs the browser.
 */
export function LocalTime({ date, pattern }: { date: Date | string; pattern: DatePattern }) {
  const hydrated = useHydrated();
  const at = typeof date === "string" ? new Date(date) : date;
  return <time dateTime={at.toISOString()}>{formatInstant(at, pattern, hydrated ? undefined : "UTC")}</time>;
}
