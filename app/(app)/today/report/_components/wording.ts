import type { RedFlag } from "@/server/domain/vocab";

/** The red-flag questions as the athlete reads them: plain words, one sign per question. */
export const RED_FLAG_QUESTION: Record<RedFlag, string> = {
  radiatesArmOrNeck: "Does the pain spread into your arm, or up into your neck?",
  numbnessTinglingWeakness: "Any numbness, tingling or weakness in your arms or legs?",
  progressiveWeakness: "Is that weakness getting worse over hours or days?",
  suddenSharpOnset: "Did the pain start suddenly and sharply?",
  notEasingWithRest: "Does it stay the same or get worse when you rest?",
  chestPainBreathlessSweating: "Do you have chest pain, trouble breathing, or unusual sweating?",
  feverOrWeightLoss: "Have you had a fever, or lost weight without trying?",
  bladderOrBowelChange: "Any new trouble controlling your bladder or bowels?",
  recentFallOrCrash: "Did you recently fall, crash or take a hard knock?",
};
