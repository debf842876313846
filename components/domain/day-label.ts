/**
 * "9 Mar" for a calendar day (YYYY-MM-DD), the same on the server and in any browser's time zone.
 * The browser's own Intl formatter: the dashboards' charts and roster need only this pattern, and
 * it keeps date-fns and its locale tables out of their first load.
 */
const parts = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", timeZone: "UTC" });

export function dayLabel(day: string): string {
  const named = Object.fromEntries(parts.formatToParts(new Date(`${day}T00:00:00Z`)).map((p) => [p.type, p.value]));
  return `${named.day} ${named.month}`;
}
