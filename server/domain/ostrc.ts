/**
 * OSTRC Overuse Injury Questionnaire, version 2 (OSTRC-O2): Clarsen et al. 2020,
 * doi 10.1136/bjsports-2019-101337. Scoring follows the reference R package `ostRc`
 * (github lenakba/ostrc, R/functions-ostrc-questionnaire.R: find_hp, find_hp_substantial
 * with version "2.0", calc_severity_score).
 *
 * Never score a version 1 (2013) response here: its Q2 and Q3 had five options (0/6/13/19/25)
 * and "substantial" started at 13, so the numbers are not comparable.
 */

export const OSTRC_VERSION = "OSTRC-O2";
export type OstrcVersion = typeof OSTRC_VERSION;

export const OSTRC_QUESTIONS = ["q1", "q2", "q3", "q4"] as const;
export type OstrcQuestion = (typeof OSTRC_QUESTIONS)[number];

/** Index of the option the athlete chose, 0 (first, mildest) to 3. */
export const OSTRC_OPTIONS = [0, 1, 2, 3] as const;
export type OstrcOption = (typeof OSTRC_OPTIONS)[number];
/** null: not answered, or skipped by the questionnaire's own logic. */
export type OstrcAnswer = OstrcOption | null;
export type OstrcAnswers = Record<OstrcQuestion, OstrcAnswer>;

/** Points per option, the same for all four questions in version 2. */
export const OSTRC_OPTION_SCORES = [0, 8, 17, 25] as const;
export type OstrcPoints = (typeof OSTRC_OPTION_SCORES)[number];

/** Points at which Q2 or Q3 makes a problem substantial ("moderate extent" or worse). */
export const OSTRC_SUBSTANTIAL_POINTS = 17;
/** Q1 "could not take part": a time-loss week, and substantial by itself. */
export const OSTRC_TIME_LOSS_POINTS = 25;

export type OstrcScore = {
  version: OstrcVersion;
  points: Record<OstrcQuestion, OstrcPoints | null>;
  /** Sum of the four answers, 0 to 100; null when any answer is missing (see scoreOstrcO2). */
  severity: number | null;
  /** Q1 above 0; null when Q1 is missing. */
  healthProblem: boolean | null;
  /** true / false, or null when the answers given cannot decide it. false when there is no problem. */
  substantial: boolean | null;
  /** Q1 = 25 ("could not take part"); null when Q1 is missing. */
  timeLoss: boolean | null;
  missing: OstrcQuestion[];
};

export function isOstrcOption(value: unknown): value is OstrcOption {
  return typeof value === "number" && (OSTRC_OPTIONS as readonly number[]).includes(value);
}

export function ostrcPoints(answer: OstrcAnswer): OstrcPoints | null {
  if (answer === null) return null;
  if (!isOstrcOption(answer)) throw new RangeError(`OSTRC answer must be an option index 0-3: ${JSON.stringify(answer)}`);
  return OSTRC_OPTION_SCORES[answer];
}

/**
 * The 2020 update made Q1 the gatekeeper: an athlete who reports full participation without
 * problems in the area has nothing further to describe, so Q2-Q4 are not shown and are stored
 * as missing. Any other Q1 answer (or none yet) shows every question.
 */
export function ostrcSkippedQuestions(q1: OstrcAnswer): OstrcQuestion[] {
  return q1 === 0 ? ["q2", "q3", "q4"] : [];
}

export function scoreOstrcO2(answers: OstrcAnswers): OstrcScore {
  const points = {
    q1: ostrcPoints(answers.q1),
    q2: ostrcPoints(answers.q2),
    q3: ostrcPoints(answers.q3),
    q4: ostrcPoints(answers.q4),
  };
  const missing = OSTRC_QUESTIONS.filter((q) => points[q] === null);
  const { q1, q2, q3, q4 } = points;

  // calc_severity_score adds the four values in R, where one NA makes the sum NA: a partial sum
  // would understate the burden, so the reference refuses to give one and so do we.
  const severity = q1 === null || q2 === null || q3 === null || q4 === null ? null : q1 + q2 + q3 + q4;

  return {
    version: OSTRC_VERSION,
    points,
    severity,
    healthProblem: q1 === null ? null : q1 > 0,
    substantial: substantial(q1, q2, q3),
    timeLoss: q1 === null ? null : q1 === OSTRC_TIME_LOSS_POINTS,
    missing,
  };
}

/**
 * find_hp_substantial, version "2.0", case by case:
 * - Q1 = 0: no health problem, so "substantial" does not apply (the R function returns NA;
 *   we return false and let healthProblem carry the "no problem" meaning).
 * - Q1 = 25: substantial whatever else is missing.
 * - Q1 of 8, 17 or missing, and Q2 or Q3 at 17 or more: substantial. One known substantial
 *   answer is enough, so missing neighbours do not matter.
 * - Q1 of 8 or 17 and at least one of Q2/Q3 known below 17: not substantial. (The reference
 *   joins Q2 and Q3 with "or" here, so one known low answer decides it.)
 * - anything else (Q1 missing with nothing substantial, or Q2 and Q3 both missing): unknown.
 */
function substantial(q1: OstrcPoints | null, q2: OstrcPoints | null, q3: OstrcPoints | null): boolean | null {
  if (q1 === 0) return false;
  if (q1 === OSTRC_TIME_LOSS_POINTS) return true;
  const known = [q2, q3].filter((p): p is OstrcPoints => p !== null);
  if (known.some((p) => p >= OSTRC_SUBSTANTIAL_POINTS)) return true;
  if (q1 !== null && known.length > 0) return false;
  return null;
}
