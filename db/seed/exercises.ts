/**
 * The global exercise library that ships with the demo (orgId null = shared, read-only).
 *
 * Pure data: the seeder turns these into rows. Instructions are written for a runner reading
 * a phone between sets: short imperative steps, calm tone, no jargon. Doses follow the domain
 * brief's defaults and the database bounds (sets 1-20, reps 1-200, hold 1-600 s, minutes 1-120).
 *
 * Dose shape by kind (the other numeric fields stay null):
 *   reps    -> sets + reps
 *   hold    -> sets + holdSeconds
 *   minutes -> minutes
 * perSide = the dose is done once on each side (left, then right).
 */
import type { BodyFocus, DoseKind, ExerciseCategory } from "../../server/domain/vocab";

export type SeedDose = {
  kind: DoseKind;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  perSide: boolean;
};

export type SeedExercise = {
  slug: string;
  name: string;
  category: ExerciseCategory;
  bodyFocus: BodyFocus[];
  /** 3 to 6 short imperative steps. */
  steps: string[];
  dose: SeedDose;
  cautions: string | null;
  mediaUrl: null;
};

// Small helpers keep each dose on one readable line and always well-formed.
const reps = (sets: number, count: number, perSide = false): SeedDose => ({
  kind: "reps",
  sets,
  reps: count,
  holdSeconds: null,
  minutes: null,
  perSide,
});

const hold = (sets: number, seconds: number, perSide = false): SeedDose => ({
  kind: "hold",
  sets,
  reps: null,
  holdSeconds: seconds,
  minutes: null,
  perSide,
});

const minutes = (count: number): SeedDose => ({
  kind: "minutes",
  sets: null,
  reps: null,
  holdSeconds: null,
  minutes: count,
  perSide: false,
});

export const SEED_EXERCISES: SeedExercise[] = [
  // ---------------------------------------------------------------- warm-up
  {
    slug: "light-jog",
    name: "Light jog",
    category: "warm-up",
    bodyFocus: ["full-body"],
    steps: [
      "Start at a pace slow enough to chat in full sentences.",
      "Keep your shoulders low and your hands loose.",
      "Take short, quick steps and land under your hips.",
      "Let your breathing settle into an easy rhythm before you speed up.",
    ],
    dose: minutes(5),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "standing-thoracic-rotations",
    name: "Standing thoracic rotations",
    category: "warm-up",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Stand tall with feet hip-width apart and knees softly bent.",
      "Cross your arms over your chest, hands resting on your shoulders.",
      "Keep your hips facing forward and turn your chest slowly to one side.",
      "Come back through the middle and turn to the other side.",
      "Turn a little further each time, staying within a comfortable range.",
    ],
    dose: reps(1, 10, true),
    cautions: "Move smoothly rather than swinging. Stop if the turn brings on sharp pain.",
    mediaUrl: null,
  },
  {
    slug: "arm-circles",
    name: "Arm circles",
    category: "warm-up",
    bodyFocus: ["shoulders", "thoracic-spine"],
    steps: [
      "Stand tall and lift both arms out to the sides at shoulder height.",
      "Draw small circles forward, letting them grow bigger.",
      "Keep your neck long and your shoulders away from your ears.",
      "Do the second set backwards, again from small to big.",
    ],
    dose: reps(2, 10),
    cautions: "Stop if you feel pain spreading into the arm or the hand.",
    mediaUrl: null,
  },
  {
    slug: "leg-swings",
    name: "Leg swings",
    category: "warm-up",
    bodyFocus: ["hips"],
    steps: [
      "Stand side-on to a wall or post and rest one hand on it.",
      "Swing the outside leg forward and back like a pendulum.",
      "Keep your upper body tall and still while the leg moves.",
      "Let the swing grow gradually, then switch legs.",
    ],
    dose: reps(1, 12, true),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "walking-lunge-with-reach",
    name: "Walking lunge with overhead reach",
    category: "warm-up",
    bodyFocus: ["hips", "thoracic-spine", "full-body"],
    steps: [
      "Step forward into a comfortable lunge, back knee lowering toward the ground.",
      "Reach both arms up and lean gently away from the front leg.",
      "Keep your front knee over your foot, not drifting inward.",
      "Push through the front foot, step through and repeat on the other leg.",
    ],
    dose: reps(1, 6, true),
    cautions: "Keep the lunge shallow if your knees or hips complain.",
    mediaUrl: null,
  },
  {
    slug: "marching-arm-swings",
    name: "Marching with relaxed arm swing",
    category: "warm-up",
    bodyFocus: ["shoulders", "full-body"],
    steps: [
      "March on the spot, lifting your knees to a comfortable height.",
      "Bend your elbows to roughly a right angle and keep your hands soft.",
      "Swing each hand from your hip up to about chest height.",
      "Keep the swing forward and back, never crossing the middle of your body.",
      "Let your shoulders stay low and loose the whole time.",
    ],
    dose: minutes(1),
    cautions: null,
    mediaUrl: null,
  },

  // --------------------------------------------------------------- mobility
  {
    slug: "cat-cow",
    name: "Cat-cow",
    category: "mobility",
    bodyFocus: ["thoracic-spine", "core"],
    steps: [
      "Kneel on all fours, hands under shoulders and knees under hips.",
      "Breathe in and let your belly drop as you lift your chest and gaze.",
      "Breathe out and round your back up toward the ceiling, tucking your chin.",
      "Move slowly, one breath per direction, feeling each part of the spine.",
    ],
    dose: reps(1, 10),
    cautions: "Put a folded towel under your knees if they feel sore on a hard floor.",
    mediaUrl: null,
  },
  {
    slug: "open-book",
    name: "Open book",
    category: "mobility",
    bodyFocus: ["thoracic-spine", "chest"],
    steps: [
      "Lie on your side with knees bent and arms straight out in front, palms together.",
      "Keep your knees stacked and resting on the floor.",
      "Lift the top arm and open it across like a page, following your hand with your eyes.",
      "Let your chest turn toward the ceiling as far as is comfortable and breathe out.",
      "Bring the arm back slowly and repeat, then switch sides.",
    ],
    dose: reps(1, 10, true),
    cautions: "Stop if the stretch brings tingling or pain down the arm.",
    mediaUrl: null,
  },
  {
    slug: "thread-the-needle",
    name: "Thread the needle",
    category: "mobility",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Start on all fours with hands under shoulders.",
      "Slide one arm along the floor under your body, palm up.",
      "Let that shoulder and the side of your head rest down gently.",
      "Pause for a breath, then sweep the arm back up toward the ceiling.",
      "Finish your reps, then change sides.",
    ],
    dose: reps(1, 8, true),
    cautions: "Keep the weight off your neck. Skip the final reach if your shoulder pinches.",
    mediaUrl: null,
  },
  {
    slug: "doorway-chest-stretch",
    name: "Doorway chest stretch",
    category: "mobility",
    bodyFocus: ["chest", "shoulders"],
    steps: [
      "Stand in a doorway and place your forearms on the frame, elbows at shoulder height.",
      "Step one foot forward and lean gently through the doorway.",
      "Stop when you feel a stretch across the front of your chest.",
      "Keep your chin level and breathe slowly while you hold.",
    ],
    dose: hold(2, 30),
    cautions: "Ease off if you feel tingling or numbness in the arms or hands; lower your elbows a little.",
    mediaUrl: null,
  },
  {
    slug: "foam-roll-upper-back",
    name: "Foam rolling, upper back",
    category: "mobility",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Sit on the floor with a foam roller behind you, under your shoulder blades.",
      "Cross your arms over your chest or support your head with your hands.",
      "Lift your hips and roll slowly from mid-back to the top of the shoulder blades.",
      "Pause on tight spots for a few breaths, keeping the pressure tolerable.",
    ],
    dose: minutes(2),
    cautions: "Stay off the neck and the lower back. Roll the muscles, not directly over bony points.",
    mediaUrl: null,
  },
  {
    slug: "foam-roller-thoracic-extension",
    name: "Thoracic extension over a foam roller",
    category: "mobility",
    bodyFocus: ["thoracic-spine", "chest"],
    steps: [
      "Lie back with the foam roller across your upper back, knees bent and feet flat.",
      "Support your head with your hands and keep your elbows close together.",
      "Breathe out and let your upper back arch gently over the roller.",
      "Return to the start, then move the roller an inch and repeat.",
    ],
    dose: reps(1, 8),
    cautions: "Keep your hips on the ground and do not bend from the lower back.",
    mediaUrl: null,
  },
  {
    slug: "upper-back-hug-stretch",
    name: "Upper-back hug stretch",
    category: "mobility",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Sit or stand tall and wrap your arms around yourself as if giving a hug.",
      "Reach your hands toward the back of your shoulders.",
      "Round your upper back and let your chin drop slightly.",
      "Breathe into the space between your shoulder blades while you hold.",
    ],
    dose: hold(3, 20),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "cross-body-shoulder-stretch",
    name: "Cross-body shoulder stretch",
    category: "mobility",
    bodyFocus: ["shoulders"],
    steps: [
      "Stand tall and bring one arm straight across your chest.",
      "Use the other hand to draw it in gently, just above the elbow.",
      "Keep the shoulder of the stretching arm down, away from your ear.",
      "Hold and breathe, then switch arms.",
    ],
    dose: hold(2, 30, true),
    cautions: "Stop if you feel pain spreading into the arm.",
    mediaUrl: null,
  },
  {
    slug: "neck-side-stretch",
    name: "Gentle neck side stretch",
    category: "mobility",
    bodyFocus: ["neck", "shoulders"],
    steps: [
      "Sit tall and let both shoulders relax down.",
      "Tilt your ear slowly toward one shoulder without lifting the shoulder.",
      "Rest a hand lightly on your head if you want a little more stretch.",
      "Hold, come back to the middle slowly, then switch sides.",
    ],
    dose: hold(2, 20, true),
    cautions: "Never pull hard on your head. Stop if you feel pain or tingling down the arm.",
    mediaUrl: null,
  },

  // ------------------------------------------------------------------- core
  {
    slug: "plank",
    name: "Plank",
    category: "core",
    bodyFocus: ["core", "shoulders"],
    steps: [
      "Rest on your forearms with elbows under your shoulders.",
      "Step your feet back so your body forms a straight line from head to heels.",
      "Gently brace your stomach as if about to be nudged.",
      "Keep breathing and keep your hips from sagging or lifting.",
    ],
    dose: hold(3, 30),
    cautions: "Drop to your knees if your lower back starts to ache.",
    mediaUrl: null,
  },
  {
    slug: "side-plank",
    name: "Side plank",
    category: "core",
    bodyFocus: ["core", "hips"],
    steps: [
      "Lie on your side with your elbow under your shoulder.",
      "Stack your feet, or bend your knees for an easier version.",
      "Lift your hips so your body makes a straight line.",
      "Hold steady and keep breathing, then switch sides.",
    ],
    dose: hold(2, 20, true),
    cautions: "Keep the supporting shoulder pushed away from the floor rather than sinking into it.",
    mediaUrl: null,
  },
  {
    slug: "glute-bridge",
    name: "Glute bridge",
    category: "core",
    bodyFocus: ["hips", "core"],
    steps: [
      "Lie on your back with knees bent and feet flat, hip-width apart.",
      "Press through your heels and lift your hips off the floor.",
      "Squeeze your glutes at the top so your body is straight from shoulders to knees.",
      "Lower slowly, one vertebra at a time.",
    ],
    dose: reps(2, 12),
    cautions: "Lift with your hips, not by arching your lower back.",
    mediaUrl: null,
  },
  {
    slug: "bird-dog",
    name: "Bird-dog",
    category: "core",
    bodyFocus: ["core", "thoracic-spine", "hips"],
    steps: [
      "Start on all fours with a flat back.",
      "Reach one arm forward and the opposite leg back at the same time.",
      "Keep your hips level, as if balancing a cup of tea on your lower back.",
      "Pause for a moment, return slowly, and switch sides.",
    ],
    dose: reps(2, 10, true),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "dead-bug",
    name: "Dead bug",
    category: "core",
    bodyFocus: ["core"],
    steps: [
      "Lie on your back with arms pointing to the ceiling and knees bent above your hips.",
      "Press your lower back gently into the floor.",
      "Lower one arm and the opposite leg slowly toward the floor.",
      "Go only as far as you can keep your back down, then return and switch.",
    ],
    dose: reps(2, 10, true),
    cautions: "Keep the movement slow; speed hides a lifting lower back.",
    mediaUrl: null,
  },
  {
    slug: "pelvic-tilts",
    name: "Pelvic tilts",
    category: "core",
    bodyFocus: ["core", "hips"],
    steps: [
      "Lie on your back with knees bent and feet flat.",
      "Tighten your stomach and flatten your lower back into the floor.",
      "Hold for a breath, then relax back to a small natural arch.",
      "Keep your shoulders and neck relaxed throughout.",
    ],
    dose: reps(2, 12),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "pallof-press",
    name: "Band Pallof press",
    category: "core",
    bodyFocus: ["core", "shoulders"],
    steps: [
      "Anchor a resistance band at chest height and stand side-on to it.",
      "Hold the band with both hands at your chest, feet hip-width apart.",
      "Press your hands straight out in front without letting your body twist.",
      "Hold for a breath, bring the hands back in, and switch sides after your reps.",
    ],
    dose: reps(2, 10, true),
    cautions: null,
    mediaUrl: null,
  },

  // ---------------------------------------------------------------- posture
  {
    slug: "scapular-retractions",
    name: "Scapular retractions",
    category: "posture",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Sit or stand tall with your arms relaxed by your sides.",
      "Draw your shoulder blades back and slightly down, toward your back pockets.",
      "Squeeze gently and hold for about three seconds.",
      "Release slowly without letting your shoulders roll forward.",
    ],
    dose: reps(2, 12),
    cautions: "Keep your shoulders away from your ears; do not shrug.",
    mediaUrl: null,
  },
  {
    slug: "band-rows",
    name: "Resistance band rows",
    category: "posture",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Anchor a band at chest height and hold one end in each hand.",
      "Step back until the band is lightly taut, arms straight in front.",
      "Pull your elbows back close to your sides, squeezing your shoulder blades.",
      "Pause, then let your arms return slowly under control.",
    ],
    dose: reps(3, 12),
    cautions: "Choose a band you can pull without leaning back or shrugging.",
    mediaUrl: null,
  },
  {
    slug: "reverse-flyes",
    name: "Reverse flyes",
    category: "posture",
    bodyFocus: ["shoulders", "thoracic-spine"],
    steps: [
      "Hold a light band or light weights and hinge forward at the hips with a flat back.",
      "Let your arms hang down with a slight bend in the elbows.",
      "Open your arms out to the sides until they reach shoulder height.",
      "Squeeze between your shoulder blades, then lower slowly.",
    ],
    dose: reps(2, 12),
    cautions: "Use very light resistance. Stop if you feel pain spreading into the arm.",
    mediaUrl: null,
  },
  {
    slug: "wall-angels",
    name: "Wall angels",
    category: "posture",
    bodyFocus: ["thoracic-spine", "shoulders", "chest"],
    steps: [
      "Stand with your back against a wall, feet a small step away from it.",
      "Raise your arms to a goalpost shape with the backs of your hands toward the wall.",
      "Slide your arms slowly up the wall as far as you can without arching your back.",
      "Slide them back down, drawing your elbows toward your ribs.",
    ],
    dose: reps(2, 10),
    cautions: "It is fine if your hands do not touch the wall. Stop if your arms tingle.",
    mediaUrl: null,
  },
  {
    slug: "chin-tucks",
    name: "Chin tucks",
    category: "posture",
    bodyFocus: ["neck", "thoracic-spine"],
    steps: [
      "Sit or stand tall, looking straight ahead.",
      "Glide your chin straight back, as if making a double chin.",
      "Keep your eyes level; do not nod up or down.",
      "Hold for a couple of seconds, then relax forward.",
    ],
    dose: reps(2, 10),
    cautions: "Stop if you feel pain spreading into the arm or the shoulder blade.",
    mediaUrl: null,
  },
  {
    slug: "prone-y-raise",
    name: "Prone Y raise",
    category: "posture",
    bodyFocus: ["shoulders", "thoracic-spine"],
    steps: [
      "Lie face down with a small towel under your forehead.",
      "Stretch your arms overhead in a Y shape, thumbs pointing up.",
      "Lift both arms a few centimetres off the floor by drawing your shoulder blades down.",
      "Hold briefly and lower slowly, keeping your neck long.",
    ],
    dose: reps(2, 10),
    cautions: "Keep the lift small; the work comes from between your shoulder blades, not your neck.",
    mediaUrl: null,
  },
  {
    slug: "posture-alignment-drill",
    name: "Posture alignment drill",
    category: "posture",
    bodyFocus: ["thoracic-spine", "neck", "shoulders", "full-body"],
    steps: [
      "Stand with feet under your hips and weight spread evenly across both feet.",
      "Imagine a string drawing the top of your head gently toward the ceiling.",
      "Let your shoulders settle down and slightly back, chest open but relaxed.",
      "Bring your ears over your shoulders and your ribs over your hips.",
      "Hold this easy, tall position and breathe; reset a few times a day, especially at a desk.",
    ],
    dose: minutes(2),
    cautions: null,
    mediaUrl: null,
  },

  // -------------------------------------------------------------- breathing
  {
    slug: "diaphragmatic-breathing",
    name: "Diaphragmatic breathing",
    category: "breathing",
    bodyFocus: ["breathing", "core"],
    steps: [
      "Lie on your back or sit tall with one hand on your chest and one on your belly.",
      "Breathe in slowly through your nose and let your belly rise first.",
      "Keep the hand on your chest and your shoulders quiet.",
      "Breathe out gently through your mouth and feel your belly fall.",
      "Keep the rhythm slow and unforced.",
    ],
    dose: minutes(5),
    cautions: "If you feel light-headed, return to normal breathing for a minute.",
    mediaUrl: null,
  },
  {
    slug: "box-breathing",
    name: "Box breathing",
    category: "breathing",
    bodyFocus: ["breathing"],
    steps: [
      "Sit comfortably with your back supported and shoulders relaxed.",
      "Breathe in through your nose for a count of four.",
      "Hold gently for four.",
      "Breathe out slowly for four, then hold empty for four.",
      "Repeat the square, shortening the counts if it feels strained.",
    ],
    dose: minutes(3),
    cautions: "If you feel dizzy or breathless, stop and breathe normally.",
    mediaUrl: null,
  },
  {
    slug: "ninety-ninety-breathing",
    name: "90/90 breathing",
    category: "breathing",
    bodyFocus: ["breathing", "core", "hips"],
    steps: [
      "Lie on your back with your feet up on a wall or chair, hips and knees bent to right angles.",
      "Press your heels lightly into the wall or chair and feel the back of your thighs switch on.",
      "Breathe in through your nose, letting your lower ribs widen to the sides.",
      "Breathe out fully through your mouth, feeling your ribs drop and your stomach tighten.",
      "Pause briefly before the next breath.",
    ],
    dose: reps(2, 5),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "crocodile-breathing",
    name: "Crocodile breathing",
    category: "breathing",
    bodyFocus: ["breathing", "thoracic-spine"],
    steps: [
      "Lie face down and rest your forehead on your stacked hands.",
      "Breathe in slowly through your nose.",
      "Feel your belly press into the floor and your lower back rise.",
      "Breathe out slowly and let your whole body soften.",
    ],
    dose: minutes(2),
    cautions: null,
    mediaUrl: null,
  },

  // -------------------------------------------------------------- cool-down
  {
    slug: "easy-walk",
    name: "Easy walk",
    category: "cool-down",
    bodyFocus: ["full-body"],
    steps: [
      "Slow from your run to a relaxed walk.",
      "Let your arms swing loosely and your shoulders drop.",
      "Breathe slowly until your breathing feels normal again.",
    ],
    dose: minutes(5),
    cautions: null,
    mediaUrl: null,
  },
  {
    slug: "standing-chest-opener",
    name: "Standing chest opener",
    category: "cool-down",
    bodyFocus: ["chest", "shoulders"],
    steps: [
      "Stand tall and clasp your hands behind your back, or hold a towel between them.",
      "Draw your shoulder blades together and lift your chest slightly.",
      "Keep your chin level and your lower back relaxed.",
      "Hold and breathe slowly, then release.",
    ],
    dose: hold(2, 20),
    cautions: "Let go if you feel tingling in the hands.",
    mediaUrl: null,
  },
  {
    slug: "childs-pose-side-reach",
    name: "Child's pose with side reach",
    category: "cool-down",
    bodyFocus: ["thoracic-spine", "shoulders"],
    steps: [
      "Kneel and sit back toward your heels, arms stretched out in front.",
      "Let your forehead rest on the floor or on a cushion.",
      "Walk both hands over to one side to feel a stretch along the opposite side.",
      "Breathe into that side, then walk your hands across to the other side.",
    ],
    dose: hold(1, 30, true),
    cautions: "Widen your knees if your hips or knees feel cramped.",
    mediaUrl: null,
  },
  {
    slug: "lying-spinal-twist",
    name: "Lying spinal twist",
    category: "cool-down",
    bodyFocus: ["thoracic-spine", "hips"],
    steps: [
      "Lie on your back and hug one knee toward your chest.",
      "Let that knee fall gently across your body to the opposite side.",
      "Stretch the other arm out to the side and turn your head toward it if comfortable.",
      "Relax and breathe, then switch sides.",
    ],
    dose: hold(1, 30, true),
    cautions: "Do not force the knee down; let gravity do the work.",
    mediaUrl: null,
  },
  {
    slug: "kneeling-hip-flexor-stretch",
    name: "Kneeling hip flexor stretch",
    category: "cool-down",
    bodyFocus: ["hips"],
    steps: [
      "Kneel on one knee with the other foot flat in front of you.",
      "Tuck your tailbone slightly and stand tall through your upper body.",
      "Shift your hips forward until you feel a stretch at the front of the back hip.",
      "Hold and breathe, then switch sides.",
    ],
    dose: hold(1, 30, true),
    cautions: "Pad the back knee with a towel or mat.",
    mediaUrl: null,
  },
];
