import { describe, expect, it } from "vitest";
import {
  OSTRC_VERSION,
  ostrcPoints,
  ostrcSkippedQuestions,
  scoreOstrcO2,
  type OstrcAnswer,
  type OstrcAnswers,
  type OstrcQuestion,
} from "./ostrc";

// Tests speak in points (0/8/17/25) like the paper; storage is option indexes.
type P = 0 | 8 | 17 | 25 | null;
const INDEX: Record<0 | 8 | 17 | 25, OstrcAnswer> = { 0: 0, 8: 1, 17: 2, 25: 3 };
const idx = (p: P): OstrcAnswer => (p === null ? null : INDEX[p]);
const answers = (q1: P, q2: P, q3: P, q4: P = 0): OstrcAnswers => ({ q1: idx(q1), q2: idx(q2), q3: idx(q3), q4: idx(q4) });

describe("ostrcPoints", () => {
  it.each<[OstrcAnswer, number | null]>([
    [0, 0],
    [1, 8],
    [2, 17],
    [3, 25],
    [null, null],
  ])("option %s scores %s", (answer, points) => {
    expect(ostrcPoints(answer)).toBe(points);
  });

  it.each([4, -1, 1.5])("rejects option %s", (bad) => {
    expect(() => ostrcPoints(bad as OstrcAnswer)).toThrow(RangeError);
  });
});

describe("scoreOstrcO2: worked examples from Clarsen 2020 (Q1, Q2, Q3)", () => {
  it.each<[P, P, P, boolean]>([
    [8, 0, 0, false],
    [17, 0, 0, false],
    [17, 0, 17, true],
    [8, 25, 0, true],
    [25, 0, 0, true],
  ])("(%s, %s, %s): a health problem, substantial %s", (q1, q2, q3, substantial) => {
    const score = scoreOstrcO2(answers(q1, q2, q3));
    expect(score.healthProblem).toBe(true);
    expect(score.substantial).toBe(substantial);
  });

  it("boundary: Q2 or Q3 at 8 is not substantial, at 17 it is", () => {
    expect(scoreOstrcO2(answers(8, 8, 8)).substantial).toBe(false);
    expect(scoreOstrcO2(answers(8, 17, 0)).substantial).toBe(true);
    expect(scoreOstrcO2(answers(8, 0, 17)).substantial).toBe(true);
    expect(scoreOstrcO2(answers(17, 8, 8)).substantial).toBe(false);
  });

  it("tags every result with the version", () => {
    expect(scoreOstrcO2(answers(0, 0, 0)).version).toBe(OSTRC_VERSION);
    expect(OSTRC_VERSION).toBe("OSTRC-O2");
  });
});

describe("scoreOstrcO2: severity", () => {
  // Same vectors as the reference package's own tests.
  it.each<[P, P, P, P, number | null]>([
    [17, 25, 25, 25, 92],
    [8, 17, 8, 8, 41],
    [8, 17, 17, 0, 42],
    [0, 0, 0, 0, 0],
    [25, 25, 25, 25, 100],
    [8, 17, 17, null, null],
    [null, 0, 0, 0, null],
    [0, null, null, null, null],
  ])("(%s, %s, %s, %s) -> %s", (q1, q2, q3, q4, severity) => {
    expect(scoreOstrcO2(answers(q1, q2, q3, q4)).severity).toBe(severity);
  });
});

describe("scoreOstrcO2: health problem and time loss", () => {
  it.each<[P, boolean | null, boolean | null]>([
    [0, false, false],
    [8, true, false],
    [17, true, false],
    [25, true, true],
    [null, null, null],
  ])("Q1 %s -> problem %s, time loss %s", (q1, problem, timeLoss) => {
    const score = scoreOstrcO2(answers(q1, 0, 0));
    expect(score.healthProblem).toBe(problem);
    expect(score.timeLoss).toBe(timeLoss);
  });
});

describe("scoreOstrcO2: substantial with missing answers (as find_hp_substantial v2.0)", () => {
  it.each<[string, P, P, P, boolean | null]>([
    ["Q1 only, not decisive", 8, null, null, null],
    ["Q2 only, low", null, 8, null, null],
    ["Q3 only, substantial", null, null, 25, true],
    ["Q2 only, substantial", null, 17, null, true],
    ["Q1 could not take part, rest missing", 25, null, null, true],
    ["Q1 problem, Q2 low, Q3 missing", 8, 0, null, false],
    ["Q1 problem, Q2 missing, Q3 substantial", 17, null, 17, true],
    ["Q1 problem, Q2 missing, Q3 low", 17, null, 8, false],
    ["Q1 missing, Q2 and Q3 low", null, 0, 8, null],
    ["everything missing", null, null, null, null],
    ["no problem, rest skipped", 0, null, null, false],
    ["no problem but Q2 high: does not apply", 0, 25, 25, false],
  ])("%s -> %s", (_label, q1, q2, q3, expected) => {
    expect(scoreOstrcO2(answers(q1, q2, q3, null)).substantial).toBe(expected);
  });

  it("lists the missing questions in order", () => {
    expect(scoreOstrcO2(answers(8, null, 0, null)).missing).toEqual(["q2", "q4"]);
    expect(scoreOstrcO2(answers(8, 0, 0, 0)).missing).toEqual([]);
  });
});

describe("ostrcSkippedQuestions", () => {
  it.each<[OstrcAnswer, OstrcQuestion[]]>([
    [0, ["q2", "q3", "q4"]],
    [1, []],
    [2, []],
    [3, []],
    [null, []],
  ])("after Q1 option %s skips %j", (q1, skipped) => {
    expect(ostrcSkippedQuestions(q1)).toEqual(skipped);
  });

  it("a response stored with the skipped answers missing scores as no problem, severity unknown", () => {
    const score = scoreOstrcO2({ q1: 0, q2: null, q3: null, q4: null });
    expect(score).toMatchObject({ healthProblem: false, substantial: false, timeLoss: false, severity: null });
  });
});
