import { describe, expect, it } from "vitest";
import { assertNrs, isMeaningfulChange, isValidNrs, painBand, PAIN_BANDS, type PainBand } from "./pain";

describe("isValidNrs", () => {
  it.each<[unknown, boolean]>([
    [0, true],
    [1, true],
    [10, true],
    [-1, false],
    [11, false],
    [3.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ["5", false],
    [null, false],
    [undefined, false],
  ])("%s -> %s", (value, expected) => {
    expect(isValidNrs(value)).toBe(expected);
  });
});

describe("assertNrs", () => {
  it("returns a valid score", () => expect(assertNrs(7)).toBe(7));
  it.each([-1, 11, 2.5, Number.NaN])("throws on %s", (value) => {
    expect(() => assertNrs(value)).toThrow(RangeError);
  });
});

describe("painBand", () => {
  it.each<[number, PainBand]>([
    [0, "none"],
    [1, "mild"],
    [3, "mild"],
    [4, "moderate"],
    [6, "moderate"],
    [7, "severe"],
    [10, "severe"],
  ])("%i is %s", (nrs, band) => {
    expect(painBand(nrs)).toBe(band);
  });

  it("covers every score with a listed band, in order", () => {
    const bands = Array.from({ length: 11 }, (_, i) => painBand(i));
    expect(new Set(bands)).toEqual(new Set(PAIN_BANDS));
    const ranks = bands.map((b) => PAIN_BANDS.indexOf(b));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each([-1, 11, 4.2])("rejects %s", (nrs) => {
    expect(() => painBand(nrs)).toThrow(RangeError);
  });
});

describe("isMeaningfulChange", () => {
  it.each<[number, number, boolean]>([
    [3, 3, false],
    [3, 4, false],
    [3, 5, true],
    [5, 3, true],
    [5, 4, false],
    [0, 10, true],
    [10, 9, false],
  ])("%i -> %i is %s", (prev, next, expected) => {
    expect(isMeaningfulChange(prev, next)).toBe(expected);
  });

  it("rejects scores off the scale", () => {
    expect(() => isMeaningfulChange(-1, 2)).toThrow(RangeError);
    expect(() => isMeaningfulChange(2, 12)).toThrow(RangeError);
  });
});
