import { z } from "zod";
import { isDay } from "../domain/calendar";

export const id = (what: string) => z.string().uuid(`${what} is not a valid id.`);

export const day = (label = "Date") =>
  z.string().refine((v) => isDay(v), `${label} must be a date like 2026-03-14.`);

export const text = (label: string, max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} can be at most ${max} characters.`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));
