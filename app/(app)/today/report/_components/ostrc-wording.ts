import type { OstrcQuestion } from "@/server/domain/ostrc";

/** OSTRC-O2, in our own words; the option order (and so the scoring) follows the questionnaire. */
export const OSTRC_WORDING: Record<OstrcQuestion, { question: string; options: [string, string, string, string] }> = {
  q1: {
    question: "In the past 7 days, could you train and compete as normal despite your upper back?",
    options: ["Fully, with no problems", "Fully, but with problems", "Less than usual because of problems", "Not at all because of problems"],
  },
  q2: {
    question: "How much did you cut back your training because of it?",
    options: ["Not at all", "A little", "Moderately", "A lot, or could not train"],
  },
  q3: {
    question: "How much did it affect your performance?",
    options: ["Not at all", "A little", "Moderately", "A lot, or could not take part"],
  },
  q4: {
    question: "How much pain did it cause?",
    options: ["None", "Mild", "Moderate", "Severe"],
  },
};

export const OSTRC_NOT_VALIDATED =
  "These four questions come from a sports-injury questionnaire (OSTRC-O2) that has not been validated for the upper back, so treat the result as a rough guide.";
