/**
 * date-fns' `format`, `parseISO` and `formatDistanceStrict` for the patterns the pages use, in
 * English, small enough for the browser: date-fns' own `format` brings its whole locale and
 * formatter set (about 7 kB gzipped) to every page that shows a date. Server code keeps date-fns.
 *
 * Supported tokens: EEE, EEEE, d, dd, M, MM, MMM, MMMM, yyyy, H, HH, mm, ss, and 'quoted text'.
 */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const TOKEN = /'([^']*)'|EEEE|EEE|MMMM|MMM|MM|M|yyyy|dd|d|HH|H|mm|ss/g;
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `date` in the browser's (or the server's) zone, or in UTC with `{ utc: true }`. */
export function format(date: Date | number, pattern: string, options: { utc?: boolean } = {}): string {
  const d = typeof date === "number" ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid time value");
  const utc = options.utc === true;
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const month = utc ? d.getUTCMonth() : d.getMonth();
  const day = utc ? d.getUTCDate() : d.getDate();
  const weekday = utc ? d.getUTCDay() : d.getDay();
  const hours = utc ? d.getUTCHours() : d.getHours();
  const minutes = utc ? d.getUTCMinutes() : d.getMinutes();
  const seconds = utc ? d.getUTCSeconds() : d.getSeconds();
  return pattern.replace(TOKEN, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === "" && token === "''" ? "'" : quoted;
    switch (token) {
      case "EEEE":
        return WEEKDAYS[weekday]!;
      case "EEE":
        return WEEKDAYS[weekday]!.slice(0, 3);
      case "MMMM":
        return MONTHS[month]!;
      case "MMM":
        return MONTHS[month]!.slice(0, 3);
      case "MM":
        return two(month + 1);
      case "M":
        return String(month + 1);
      case "yyyy":
        return String(year).padStart(4, "0");
      case "dd":
        return two(day);
      case "d":
        return String(day);
      case "HH":
        return two(hours);
      case "H":
        return String(hours);
      case "mm":
        return two(minutes);
      default:
        return two(seconds);
    }
  });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day "YYYY-MM-DD" as local midnight (as date-fns' parseISO reads it); other ISO strings as the Date constructor reads them. */
export function parseISO(value: string): Date {
  const m = DAY.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
}

const MINUTES_IN_DAY = 1440;
const MINUTES_IN_MONTH = 43_200;
const MINUTES_IN_YEAR = 525_600;
// Math.round, without a "-0".
const round = (n: number) => Math.round(n) || 0;

/**
 * "5 minutes", "3 hours", "2 days", "1 month": the time between two instants in its largest whole
 * unit, rounded, worded as date-fns' formatDistanceStrict words it (days and longer ignore the
 * hour a change of summer time adds or takes away, as there).
 */
export function formatDistanceStrict(a: Date | number, b: Date | number, options: { addSuffix?: boolean } = {}): string {
  const [x, y] = [new Date(a), new Date(b)];
  const comparison = Math.sign(x.getTime() - y.getTime());
  if (Number.isNaN(comparison)) throw new RangeError("Invalid time value");
  const [earlier, later] = comparison > 0 ? [y, x] : [x, y];
  const ms = later.getTime() - earlier.getTime();
  const minutes = ms / 60_000;
  const normalized = (ms - (later.getTimezoneOffset() - earlier.getTimezoneOffset()) * 60_000) / 60_000;
  let words: string;
  if (minutes < 1) words = count(round(ms / 1000), "second");
  else if (minutes < 60) words = count(round(minutes), "minute");
  else if (minutes < MINUTES_IN_DAY) words = count(round(minutes / 60), "hour");
  else if (normalized < MINUTES_IN_MONTH) words = count(round(normalized / MINUTES_IN_DAY), "day");
  else if (normalized < MINUTES_IN_YEAR) {
    const months = round(normalized / MINUTES_IN_MONTH);
    words = months === 12 ? count(1, "year") : count(months, "month");
  } else words = count(round(normalized / MINUTES_IN_YEAR), "year");
  if (!options.addSuffix) return words;
  return comparison > 0 ? `in ${words}` : `${words} ago`;
}

/** formatDistanceStrict from now. */
export function formatDistanceToNowStrict(date: Date | number, options: { addSuffix?: boolean } = {}): string {
  return formatDistanceStrict(date, Date.now(), options);
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
