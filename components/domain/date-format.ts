/**
 * The app's date and duration labels, written by the browser's own Intl formatters rather than
 * date-fns: the patterns keep date-fns' tokens (and its output, which the unit test checks), but
 * date-fns' format, parser and locale tables cost a page about 9 kB of first-load JS.
 */

/** Every pattern the app shows; a closed list, so a new one is added here and to the test. */
export type DatePattern =
  | "d"
  | "EEE"
  | "HH:mm"
  | "d MMM"
  | "d MMMM"
  | "EEE d MMM"
  | "EEEE d MMMM"
  | "d MMM yyyy"
  | "yyyy-MM-dd"
  | "d MMM HH:mm"
  | "d MMM, HH:mm"
  | "d MMM HH:mm:ss"
  | "EEE d MMM, HH:mm"
  | "d MMM yyyy, HH:mm"
  | "d MMM yyyy HH:mm:ss"
  | "EEE d MMM yyyy, HH:mm"
  | "d MMMM yyyy 'at' HH:mm";

const TOKEN_PART = {
  EEEE: "weekday",
  EEE: "weekday",
  yyyy: "year",
  MMMM: "month",
  MMM: "month",
  MM: "month",
  dd: "day",
  d: "day",
  HH: "hour",
  mm: "minute",
  ss: "second",
} as const;
// A quoted part ('at') is text, as in date-fns.
const TOKENS = /'[^']*'|EEEE|EEE|yyyy|MMMM|MMM|MM|dd|d|HH|mm|ss/g;

const FIELD_OPTIONS: Record<string, Intl.DateTimeFormatOptions> = {
  EEEE: { weekday: "long" },
  EEE: { weekday: "short" },
  yyyy: { year: "numeric" },
  MMMM: { month: "long" },
  MMM: { month: "short" },
  MM: { month: "2-digit" },
  dd: { day: "2-digit" },
  d: { day: "numeric" },
  HH: { hour: "2-digit", hourCycle: "h23" },
  mm: { minute: "2-digit" },
  ss: { second: "2-digit" },
};

// One formatter per zone and pattern, asking only for the pattern's fields (fewer fields format faster).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(pattern: DatePattern, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${timeZone ?? ""}|${pattern}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone };
    for (const token of pattern.match(TOKENS) ?? []) Object.assign(options, FIELD_OPTIONS[token]);
    formatters.set(key, (f = new Intl.DateTimeFormat("en-US", options)));
  }
  return f;
}

/** A moment in `timeZone`, or in the runtime's own zone when none is given. */
export function formatInstant(date: Date, pattern: DatePattern, timeZone?: string): string {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatter(pattern, timeZone).formatToParts(date)) parts[p.type] = p.value;
  return pattern.replace(TOKENS, (token) => (token[0] === "'" ? token.slice(1, -1) : (parts[TOKEN_PART[token as keyof typeof TOKEN_PART]] ?? "")));
}

/** A calendar day (YYYY-MM-DD), the same on the server and in any browser's time zone. */
export function formatDay(day: string, pattern: DatePattern): string {
  return formatInstant(new Date(`${day}T00:00:00Z`), pattern, "UTC");
}

/** "9 Mar": the charts' and roster's day label. */
export const dayLabel = (day: string): string => formatDay(day, "d MMM");

const UNITS = [
  { unit: "second", ms: 1000, below: 60_000 },
  { unit: "minute", ms: 60_000, below: 3_600_000 },
  { unit: "hour", ms: 3_600_000, below: 86_400_000 },
  { unit: "day", ms: 86_400_000, below: 30 * 86_400_000 },
  { unit: "month", ms: 30 * 86_400_000, below: 365 * 86_400_000 },
  { unit: "year", ms: 365 * 86_400_000, below: Infinity },
] as const;

const unitFormatters = new Map<string, Intl.NumberFormat>();

/** "5 minutes", "3 days": the time between two moments in its largest whole unit, rounded. */
export function durationLabel(from: Date | number, to: Date | number): string {
  const ms = Math.abs(Number(to) - Number(from));
  const found = UNITS.find((u) => ms < u.below)!;
  let unit: (typeof UNITS)[number]["unit"] = found.unit;
  let value = Math.round(ms / found.ms);
  // Eleven and a half months and more read as a year, not "12 months".
  if (unit === "month" && value === 12) [unit, value] = ["year", 1];
  let f = unitFormatters.get(unit);
  if (!f) unitFormatters.set(unit, (f = new Intl.NumberFormat("en-US", { style: "unit", unit, unitDisplay: "long" })));
  return f.format(value);
}

/** "5 minutes ago", "in 2 hours": `date` seen from `now`, as date-fns' formatDistanceToNowStrict with a suffix. */
export function relativeLabel(date: Date | number, now: Date | number = Date.now()): string {
  const d = durationLabel(date, now);
  return Number(date) > Number(now) ? `in ${d}` : `${d} ago`;
}
