// What the athlete is told after a report, by key: a module of its own so the page that shows it
// does not bring the escalation rules with it.

export const NOT_MEDICAL_ADVICE =
  "This is general information, not medical advice, and it does not diagnose anything. If you are " +
  "worried about your symptoms, contact a doctor or physiotherapist. In an emergency, call your local emergency number.";

/** Texts the UI renders by key. "{within}" is filled from AthleteNextSteps.within. */
export const ATHLETE_MESSAGES = {
  "emergency.now":
    "Please get urgent medical help now: call your local emergency number or go to the nearest emergency " +
    "department. Do not run, and do not wait for a reply in the app.",
  "emergency.why":
    "Some of what you reported can come from the heart, the lungs or the nerves of the spine rather than " +
    "a strained muscle. Only an examination can tell, and it should happen straight away.",
  "review.who": "A physiotherapist will look at your report.",
  "review.when": "You should hear from them {within}.",
  "review.meanwhile": "Until then, rest from whatever makes the pain worse and skip hard or long runs.",
  "review.if-worse":
    "If it gets worse before you hear back, or you notice chest pain, breathlessness, new numbness or " +
    "weakness, or a change in bladder or bowel control, get urgent medical help straight away.",
  "self-care.intro": "Nothing in your report needs a clinician right now. These steps often help a sore upper back settle:",
  "self-care.rest": "Ease off whatever aggravates the pain; an extra rest day or an easier run is fine.",
  "self-care.cold-heat":
    "In the first days, a cold pack for 15 to 20 minutes at a time can calm things down; after that, " +
    "warmth helps tight muscles relax.",
  "self-care.move": "Keep moving gently: easy walks, shoulder rolls and light stretches, staying within comfort.",
  "self-care.posture": "Break up long spells of sitting, and keep your shoulders low and relaxed when you run.",
  "self-care.medication": "Take pain relief only as a doctor, a pharmacist or the package directs.",
  "self-care.watching": "This is the first time you reported moderate pain, so your team will keep an eye on how it goes.",
  "self-care.report-again":
    "Log your pain again over the next few days. If it stays, gets worse or anything new appears, report it and it will be reviewed.",
  "not-medical-advice": NOT_MEDICAL_ADVICE,
} as const;
export type AthleteMessageKey = keyof typeof ATHLETE_MESSAGES;

export type AthleteNextSteps =
  | { kind: "emergency"; messages: AthleteMessageKey[] }
  | { kind: "review"; tier: "same-day" | "routine"; reviewWithinMinutes: number; within: string; messages: AthleteMessageKey[] }
  | { kind: "self-care"; watching: boolean; messages: AthleteMessageKey[] };
