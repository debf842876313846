import { type ClassValue, clsx } from "clsx";
import { createTailwindMerge } from "tailwind-merge";
import { twMergeConfig } from "./tw-merge-config";

/** tailwind-merge with only the class groups Upright uses (scripts/tw-merge-config.ts says why). */
const twMerge = createTailwindMerge(() => twMergeConfig);

/** Join class names (conditionally, via clsx) and let later Tailwind utilities override earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
