import { painBand } from "@/server/domain/pain";
import { dayLabel } from "./date-format";

const BAND_CLASS = {
  none: "bg-pain-none",
  mild: "bg-pain-mild",
  moderate: "bg-pain-moderate",
  severe: "bg-pain-severe",
} as const;

/** A pain score with its band as a coloured dot and a word, so colour is never the only signal. */
export function PainValue({ pain }: { pain: { painNow: number; day: string } | null }) {
  if (!pain) return <span className="text-muted-foreground">No reports</span>;
  const band = painBand(pain.painNow);
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <span aria-hidden className={`size-2.5 rounded-full ${BAND_CLASS[band]}`} />
      <span className="font-medium tabular-nums">{pain.painNow}/10</span>
      <span className="text-xs text-muted-foreground">
        {band} · {dayLabel(pain.day)}
      </span>
    </span>
  );
}
