"use client";

import { formatDay } from "@/components/domain/date-format";
import { cn } from "@/components/ui/cn";

/** Today and the last seven days, for late fills; the future is never offered. */
export function DayPicker({ days, value, today, onChange }: { days: string[]; value: string; today: string; onChange: (day: string) => void }) {
  return (
    <nav aria-label="Choose a day" className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
      {days.map((d) => {
        const selected = d === value;
        return (
          <button
            key={d}
            type="button"
            onClick={() => onChange(d)}
            aria-pressed={selected}
            aria-label={d === today ? "Today" : formatDay(d, "EEEE d MMMM")}
            className={cn(
              "flex min-h-11 min-w-12 shrink-0 flex-col items-center justify-center rounded-lg border border-border px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-ring",
              selected ? "border-primary bg-primary text-primary-foreground" : "bg-card hover:bg-muted",
            )}
          >
            <span className="font-medium">{d === today ? "Today" : formatDay(d, "EEE")}</span>
            <span className={selected ? "" : "text-muted-foreground"}>{formatDay(d, "d")}</span>
          </button>
        );
      })}
    </nav>
  );
}
