import type { PainArea, PainQuality, PainTiming } from "./pain-vocab";

export const PAIN_AREA_LABEL: Record<PainArea, string> = {
  "upper-back": "Upper back, between the shoulder blades",
  neck: "Neck",
  shoulder: "Shoulder",
  "mid-back": "Middle of the back",
  "lower-back": "Lower back",
  chest: "Chest",
  arm: "Arm",
};

export const PAIN_TIMING_LABEL: Record<PainTiming, string> = {
  "during-run": "During runs",
  "after-run": "After runs",
  "at-rest": "At rest",
  "at-night": "At night",
};

export const PAIN_QUALITY_LABEL: Record<PainQuality, string> = {
  ache: "Ache",
  stiffness: "Stiffness",
  sharp: "Sharp",
  spasm: "Spasm",
  burning: "Burning",
};
