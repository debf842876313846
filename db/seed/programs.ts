/**
 * Program templates the demo organisations start with. Pure data: the seeder creates each
 * program (version 1) per organisation and resolves exerciseSlug against SEED_EXERCISES.
 *
 * An item's dose, when given, overrides the exercise's default field by field; fields left
 * out keep the library default. Schedule shape follows the database checks:
 * timesPerWeek only with "times-per-week", weekdays only with "weekdays".
 */
import type { ScheduleKind, Weekday } from "../../server/domain/vocab";
import type { SeedExercise } from "./exercises";

export type SeedProgramItem = {
  exerciseSlug: string;
  dose?: Partial<SeedExercise["dose"]>;
  schedule: { kind: ScheduleKind; timesPerWeek?: number; weekdays?: Weekday[] };
};

export type SeedProgram = {
  slug: string;
  name: string;
  goal: string;
  formCues: string[];
  lifestyleNotes: string[];
  items: SeedProgramItem[];
};

const BEFORE_RUN = { kind: "before-run" } as const;
const DAILY = { kind: "daily" } as const;
const TWICE_A_WEEK = { kind: "times-per-week", timesPerWeek: 2 } as const;
const MON_WED_FRI: SeedProgramItem["schedule"] = { kind: "weekdays", weekdays: [1, 3, 5] };

/** Shown with every program: the product gives guidance, not a diagnosis. */
const SAFETY_NOTE =
  "This is general guidance, not medical advice. If pain spreads into your arm or neck, or you notice numbness, tingling or weakness, stop and report it in the app so a physio can look at it.";

export const SEED_PROGRAMS: SeedProgram[] = [
  {
    slug: "pre-run-warm-up",
    name: "Pre-run warm-up",
    goal: "Wake up the upper back, shoulders and hips in about ten minutes so the first kilometres feel loose rather than stiff.",
    formCues: [
      "Start the run tall: a neutral spine, ribs stacked over hips, eyes on the path ahead.",
      "Let your shoulders hang low and loose; shake out your hands if they start to clench.",
      "Swing your arms from hip to about chest height and keep them from crossing the middle of your body.",
      "Use short, quick steps for the first few minutes and let your feet land under your body.",
    ],
    lifestyleNotes: [
      "Drink a glass of water in the hour before you head out.",
      "Run in shoes that fit well and still feel supportive; retire pairs that have gone flat or lopsided.",
      "If your back is stiff from sitting, give the warm-up a couple of extra minutes rather than skipping it.",
      SAFETY_NOTE,
    ],
    items: [
      { exerciseSlug: "light-jog", dose: { minutes: 4 }, schedule: BEFORE_RUN },
      { exerciseSlug: "standing-thoracic-rotations", schedule: BEFORE_RUN },
      { exerciseSlug: "arm-circles", schedule: BEFORE_RUN },
      { exerciseSlug: "cat-cow", dose: { reps: 8 }, schedule: BEFORE_RUN },
      { exerciseSlug: "leg-swings", dose: { reps: 10 }, schedule: BEFORE_RUN },
      { exerciseSlug: "marching-arm-swings", schedule: BEFORE_RUN },
    ],
  },
  {
    slug: "core-circuit",
    name: "Core circuit (twice a week)",
    goal: "Build the trunk and hip strength that holds the spine steady late in a run, when form tends to fade.",
    formCues: [
      "Keep a neutral spine in every exercise: no sagging hips, no arched lower back.",
      "Breathe throughout; holding your breath is a sign to ease off.",
      "Quality over quantity: stop the set when your form slips, not when the timer says so.",
      "On the run, a strong core lets you stay tall as you tire instead of folding at the waist.",
    ],
    lifestyleNotes: [
      "Do the circuit on an easy day or after a short run, not right before a hard session.",
      "Leave at least a day between the two weekly circuits.",
      "Take an extra rest day when your back is sore rather than pushing through the circuit.",
      "Sleep well and regularly: muscles adapt to the work while you rest.",
      SAFETY_NOTE,
    ],
    items: [
      { exerciseSlug: "plank", dose: { holdSeconds: 45 }, schedule: TWICE_A_WEEK },
      { exerciseSlug: "side-plank", dose: { holdSeconds: 30 }, schedule: TWICE_A_WEEK },
      { exerciseSlug: "glute-bridge", schedule: TWICE_A_WEEK },
      { exerciseSlug: "bird-dog", schedule: TWICE_A_WEEK },
      { exerciseSlug: "dead-bug", dose: { reps: 8 }, schedule: TWICE_A_WEEK },
      { exerciseSlug: "pelvic-tilts", schedule: TWICE_A_WEEK },
    ],
  },
  {
    slug: "thoracic-mobility",
    name: "Thoracic mobility",
    goal: "Restore rotation and extension in the upper back and open a tight chest, three short sessions a week.",
    formCues: [
      "Let your arms swing freely from the shoulder; a mobile upper back makes a relaxed arm swing easier.",
      "Keep your chest open and your shoulders down and back, without forcing them.",
      "Turn from the upper back, not by twisting at the hips, when you look around on a run.",
    ],
    lifestyleNotes: [
      "If you sit at a desk, stand up and move for a couple of minutes every half hour or so.",
      "Set your screen at eye level so your head is not pulled forward for hours.",
      "Mobility work is gentle: it should feel like a stretch, never like sharp pain.",
      SAFETY_NOTE,
    ],
    items: [
      { exerciseSlug: "foam-roll-upper-back", schedule: MON_WED_FRI },
      { exerciseSlug: "foam-roller-thoracic-extension", schedule: MON_WED_FRI },
      { exerciseSlug: "open-book", dose: { reps: 8 }, schedule: MON_WED_FRI },
      { exerciseSlug: "thread-the-needle", schedule: MON_WED_FRI },
      { exerciseSlug: "doorway-chest-stretch", schedule: MON_WED_FRI },
      { exerciseSlug: "upper-back-hug-stretch", schedule: MON_WED_FRI },
    ],
  },
  {
    slug: "posture-and-breathing",
    name: "Posture and breathing",
    goal: "A few minutes every day to strengthen the muscles between the shoulder blades and breathe from the diaphragm instead of the neck.",
    formCues: [
      "Run tall with your head over your shoulders, not poking forward.",
      "Keep your shoulders relaxed; when they creep up toward your ears, drop them and breathe out.",
      "Breathe low into your belly and lower ribs rather than high in the chest.",
      "If you notice yourself overstriding, shorten your step and pick up your cadence so each foot lands beneath your centre of mass.",
    ],
    lifestyleNotes: [
      "Drink regularly through the day and after every run; on long or hot runs, take fluids with electrolytes.",
      "Break up long desk sessions with a posture reset and a short walk.",
      "Protect your sleep: a consistent bedtime helps recovery as much as any exercise.",
      "Keeping to a healthy weight eases the load on your spine over many kilometres.",
      SAFETY_NOTE,
    ],
    items: [
      { exerciseSlug: "diaphragmatic-breathing", dose: { minutes: 3 }, schedule: DAILY },
      { exerciseSlug: "posture-alignment-drill", schedule: DAILY },
      { exerciseSlug: "chin-tucks", schedule: DAILY },
      { exerciseSlug: "scapular-retractions", schedule: DAILY },
      { exerciseSlug: "wall-angels", dose: { sets: 1 }, schedule: DAILY },
    ],
  },
];
