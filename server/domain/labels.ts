import type { RedFlag } from "./pain-vocab";

// Labels by topic, in modules of their own so a page's browser code loads only the ones it uses
// (browser code imports those modules; server code may import them from here).
export { CASE_OUTCOME_LABEL, CASE_STATUS_LABEL, RETURN_TO_RUN_LABEL, TIER_LABEL } from "./case-labels";
export { CATEGORY_LABEL, DOSE_KIND_LABEL, FOCUS_LABEL, SCHEDULE_LABEL } from "./exercise-labels";
export { PAIN_AREA_LABEL, PAIN_QUALITY_LABEL, PAIN_TIMING_LABEL } from "./pain-labels";

/** Short names of the red flags, for clinic staff reading a report. */
export const RED_FLAG_LABEL: Record<RedFlag, string> = {
  radiatesArmOrNeck: "Spreads into arm or neck",
  numbnessTinglingWeakness: "Numbness, tingling or weakness",
  progressiveWeakness: "Weakness getting worse",
  suddenSharpOnset: "Sudden sharp onset",
  notEasingWithRest: "Not easing with rest",
  chestPainBreathlessSweating: "Chest pain, breathlessness or sweating",
  feverOrWeightLoss: "Fever or weight loss",
  bladderOrBowelChange: "Bladder or bowel change",
  recentFallOrCrash: "Recent fall or crash",
};
