/** 90 → "1 hour 30 minutes": a span of minutes in words, for hints beside minute fields. */
export function describeMinutes(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return "";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = Math.round(minutes % 60);
  const part = (n: number, word: string) => (n === 0 ? null : `${n} ${word}${n === 1 ? "" : "s"}`);
  return [part(days, "day"), part(hours, "hour"), part(mins, "minute")].filter(Boolean).join(" ");
}

