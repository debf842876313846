"use client";

import { cn } from "@/components/ui/cn";
import { RANGE_LABEL, RANGES, type Range } from "@/server/domain/ranges";

/** 4 weeks / 12 weeks / all, as a row of toggle buttons. */
export function RangePicker({ value, onChange, className }: { value: Range; onChange: (r: Range) => void; className?: string }) {
  return (
    <div role="group" aria-label="Period" className={cn("inline-flex rounded-lg bg-muted p-1", className)} data-print-hide>
      {RANGES.map((r) => (
        <button
          key={r}
          type="button"
          aria-pressed={value === r}
          onClick={() => onChange(r)}
          className={cn(
            "h-8 cursor-pointer rounded-md px-3 text-sm font-medium text-muted-foreground outline-none pointer-coarse:h-10",
            "hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/60",
            value === r && "bg-background text-foreground shadow-sm",
          )}
        >
          {RANGE_LABEL[r]}
        </button>
      ))}
    </div>
  );
}
