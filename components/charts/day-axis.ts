/**
 * A calendar day ("2026-12-01") as a value on a chart's time axis and back. Both go through UTC
 * midnight, so a tick's label names the day it stands for in every time zone (local midnight read
 * back through toISOString names the day before east of UTC).
 */
export const dayToX = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export const xToDay = (x: number): string => new Date(x).toISOString().slice(0, 10);
