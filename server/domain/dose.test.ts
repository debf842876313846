import { describe, expect, it } from "vitest";
import { describeDose } from "./dose";
import { doseSchema } from "./dose-schema";

const base = { sets: null, reps: null, holdSeconds: null, minutes: null, perSide: false };

describe("doseSchema", () => {
  it.each([
    [{ ...base, kind: "reps", sets: 3, reps: 12 }, true],
    [{ ...base, kind: "reps", sets: 3 }, false],
    [{ ...base, kind: "reps", sets: 21, reps: 10 }, false],
    [{ ...base, kind: "reps", sets: 1, reps: 200 }, true],
    [{ ...base, kind: "reps", sets: 1, reps: 201 }, false],
    [{ ...base, kind: "hold", holdSeconds: 600 }, true],
    [{ ...base, kind: "hold", holdSeconds: 601 }, false],
    [{ ...base, kind: "hold", holdSeconds: 0 }, false],
    [{ ...base, kind: "minutes", minutes: 120 }, true],
    [{ ...base, kind: "minutes", minutes: 121 }, false],
    [{ ...base, kind: "minutes", minutes: 2.5 }, false],
  ] as const)("%o valid=%s", (input, valid) => {
    expect(doseSchema.safeParse(input).success).toBe(valid);
  });

  it("drops numbers the kind does not use", () => {
    expect(doseSchema.parse({ ...base, kind: "minutes", minutes: 5, sets: 3, reps: 10 })).toEqual({ ...base, kind: "minutes", minutes: 5 });
  });

  it("names the field in its message", () => {
    const r = doseSchema.safeParse({ ...base, kind: "reps", sets: 30, reps: 10 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Sets can be at most 20.");
  });
});

describe("describeDose", () => {
  it.each([
    [{ ...base, kind: "reps", sets: 3, reps: 12 }, "3 × 12"],
    [{ ...base, kind: "reps", sets: 2, reps: 10, perSide: true }, "2 × 10 per side"],
    [{ ...base, kind: "hold", sets: 3, holdSeconds: 30 }, "3 × 30 s hold"],
    [{ ...base, kind: "hold", sets: 1, holdSeconds: 45 }, "45 s hold"],
    [{ ...base, kind: "minutes", minutes: 5 }, "5 min"],
  ] as const)("%o → %s", (dose, text) => {
    expect(describeDose(dose)).toBe(text);
  });
});
