/**
 * cn() merges with a cut-down tailwind-merge configuration (scripts/tw-merge-config.ts). It must merge the
 * classes this source writes exactly as the full default configuration would, and be regenerated when the
 * source starts using a class group it lacks.
 */
import fs from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { defaultGroupOf, generate, OUTPUT, sourceWords } from "../../scripts/tw-merge-config";
import { cn } from "./cn";

const words = sourceWords();
const groupOf = defaultGroupOf();
const classes = words.filter((word) => groupOf(word) !== undefined);

describe("cn", () => {
  it("has a configuration generated from the source as it is now (npm run tw-merge-config)", () => {
    expect(fs.readFileSync(path.join(__dirname, "../..", OUTPUT), "utf8")).toBe(generate(words));
  });

  it("finds the source's classes", () => {
    expect(classes.length).toBeGreaterThan(300);
    expect(classes).toEqual(expect.arrayContaining(["px-4", "hover:bg-accent", "md:grid-cols-2", "text-muted-foreground"]));
  });

  it("merges every pair of the source's classes as the full configuration does", () => {
    const differ: string[] = [];
    for (const a of classes) {
      for (const b of classes) {
        const both = `${a} ${b}`;
        if (cn(both) !== twMerge(both)) differ.push(both);
      }
    }
    expect(differ).toEqual([]);
  });

  it("lets a later utility override an earlier one of its group, and keeps the rest", () => {
    expect(cn("px-4 py-2 text-sm", "px-2")).toBe("py-2 text-sm px-2");
    expect(cn("p-5 pt-0", { "pt-5": true })).toBe("p-5 pt-5");
    expect(cn("bg-card text-card-foreground", false, "bg-muted")).toBe("text-card-foreground bg-muted");
  });
});
