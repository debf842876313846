/**
 * Demo organisations, staff and athletes. Pure data: the seeder creates the rows and uses
 * each athlete's scenario to generate eight weeks of history (completions, pain reports,
 * cases). Every address uses the reserved .example domain; every password is DEMO_PASSWORD.
 *
 * Ages are 16 to 60 on the reference day 2026-11-22.
 */
import type { Role, Weekday } from "../../server/domain/vocab";

export const DEMO_PASSWORD = "upright-demo-pass";

/** How reliably the athlete checks off assigned exercises over the eight weeks. */
export type SeedAdherence = "high" | "medium" | "low";

/**
 * The shape of the athlete's pain history over the eight weeks:
 * - none: no pain reports, or only zeros.
 * - mild: occasional NRS 1-3 after runs, no red flags.
 * - moderate-episode: one episode of a few days at NRS 4-6 that settles back to mild or none.
 * - red-flag-arm: a recent report with pain radiating into the arm or neck.
 * - red-flag-numbness: a recent report with numbness, tingling or weakness.
 * - severe-nrs8: a recent report at NRS 8.
 * - persistent: pain present on every report for more than 10 days, not easing with rest.
 * - resolving: a moderate spell earlier in the period that has clearly eased (drop of 2+ points).
 */
export const SEED_PAIN_PATTERNS = [
  "none",
  "mild",
  "moderate-episode",
  "red-flag-arm",
  "red-flag-numbness",
  "severe-nrs8",
  "persistent",
  "resolving",
] as const;
export type SeedPainPattern = (typeof SEED_PAIN_PATTERNS)[number];

export type SeedScenario = { adherence: SeedAdherence; pain: SeedPainPattern };

export type SeedAthlete = {
  email: string;
  name: string;
  /** YYYY-MM-DD */
  birthDate: `${number}-${number}-${number}`;
  team: string;
  historyOfBackProblems: boolean;
  runDays: Weekday[];
  weeklyKm: number;
  timeZone: string;
  scenario: SeedScenario;
};

export type SeedStaff = {
  email: string;
  name: string;
  role: Exclude<Role, "athlete">;
  /** Teams a coach coaches; empty for admins and physios. */
  teams: string[];
};

export type SeedOrg = {
  slug: string;
  name: string;
  timeZone: string;
  weekStartsOn: 1 | 7;
  teams: string[];
  staff: SeedStaff[];
  athletes: SeedAthlete[];
};

const LONDON = "Europe/London";
const DUBLIN = "Europe/Dublin";
const ROAD = "Road Runners";
const TRAIL = "Trail Squad";
const HARRIERS = "Hillside Harriers";

const RIVERSIDE_ATHLETES: SeedAthlete[] = [
  // Road Runners
  {
    email: "athlete@riverside.example",
    name: "Maya Hartley",
    birthDate: "1994-03-17",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [2, 4, 6, 7],
    weeklyKm: 32,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "mild" },
  },
  {
    email: "athlete01@riverside.example",
    name: "Oliver Bennett",
    birthDate: "1988-07-09",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [1, 3, 5, 6],
    weeklyKm: 40,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "none" },
  },
  {
    email: "athlete02@riverside.example",
    name: "Aisha Rahman",
    birthDate: "1999-11-30",
    team: ROAD,
    historyOfBackProblems: true,
    runDays: [2, 4, 7],
    weeklyKm: 22,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "mild" },
  },
  {
    email: "athlete03@riverside.example",
    name: "Lukas Schneider",
    birthDate: "1982-02-14",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [1, 2, 4, 6],
    weeklyKm: 45,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "red-flag-arm" },
  },
  {
    email: "athlete04@riverside.example",
    name: "Chiara Romano",
    birthDate: "2003-05-21",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [1, 3, 5, 6, 7],
    weeklyKm: 55,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "none" },
  },
  {
    email: "athlete05@riverside.example",
    name: "Kwame Mensah",
    birthDate: "1975-09-02",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [2, 4, 6],
    weeklyKm: 28,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "moderate-episode" },
  },
  {
    email: "athlete06@riverside.example",
    name: "Hannah Kowalczyk",
    birthDate: "1991-12-12",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [3, 6, 7],
    weeklyKm: 15,
    timeZone: LONDON,
    scenario: { adherence: "low", pain: "mild" },
  },
  {
    email: "athlete07@riverside.example",
    name: "Diego Martínez",
    birthDate: "1979-04-25",
    team: ROAD,
    historyOfBackProblems: true,
    runDays: [1, 3, 5, 7],
    weeklyKm: 38,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "persistent" },
  },
  {
    email: "athlete08@riverside.example",
    name: "Yuki Tanaka",
    birthDate: "2008-08-08",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [1, 2, 4, 5, 6],
    weeklyKm: 48,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "none" },
  },
  {
    email: "athlete09@riverside.example",
    name: "Fatima Al-Sayed",
    birthDate: "1986-01-19",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [2, 4, 6],
    weeklyKm: 25,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "mild" },
  },
  {
    email: "athlete10@riverside.example",
    name: "Rhys Evans",
    birthDate: "1969-06-30",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [1, 3, 6],
    weeklyKm: 30,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "severe-nrs8" },
  },
  {
    email: "athlete11@riverside.example",
    name: "Ingrid Solberg",
    birthDate: "1997-10-05",
    team: ROAD,
    historyOfBackProblems: false,
    runDays: [2, 3, 5, 7],
    weeklyKm: 42,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "none" },
  },

  // Trail Squad
  {
    email: "athlete12@riverside.example",
    name: "Matteo Bianchi",
    birthDate: "1990-02-28",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [2, 4, 6, 7],
    weeklyKm: 50,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "mild" },
  },
  {
    email: "athlete13@riverside.example",
    name: "Zara Ahmed",
    birthDate: "2001-07-14",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [3, 6, 7],
    weeklyKm: 18,
    timeZone: LONDON,
    scenario: { adherence: "low", pain: "none" },
  },
  {
    email: "athlete14@riverside.example",
    name: "Finn O'Connor",
    birthDate: "1973-03-08",
    team: TRAIL,
    historyOfBackProblems: true,
    runDays: [1, 3, 6],
    weeklyKm: 35,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "red-flag-numbness" },
  },
  {
    email: "athlete15@riverside.example",
    name: "Leilani Kahale",
    birthDate: "1995-09-23",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [2, 4, 5, 7],
    weeklyKm: 44,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "mild" },
  },
  {
    email: "athlete16@riverside.example",
    name: "Arjun Mehta",
    birthDate: "1984-12-01",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [1, 3, 5, 6, 7],
    weeklyKm: 65,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "moderate-episode" },
  },
  {
    email: "athlete17@riverside.example",
    name: "Eleanor Price",
    birthDate: "1967-05-16",
    team: TRAIL,
    historyOfBackProblems: true,
    runDays: [2, 4, 6],
    weeklyKm: 24,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "resolving" },
  },
  {
    email: "athlete18@riverside.example",
    name: "Tunde Adebayo",
    birthDate: "1993-11-22",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [1, 3, 6, 7],
    weeklyKm: 46,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "none" },
  },
  {
    email: "athlete19@riverside.example",
    name: "Camille Laurent",
    birthDate: "1998-04-03",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [2, 5, 7],
    weeklyKm: 20,
    // Trains with the squad remotely while working in Paris: exercises the per-user time zone.
    timeZone: "Europe/Paris",
    scenario: { adherence: "medium", pain: "mild" },
  },
  {
    email: "athlete20@riverside.example",
    name: "Nikolai Petrov",
    birthDate: "1977-08-19",
    team: TRAIL,
    historyOfBackProblems: true,
    runDays: [1, 4, 6],
    weeklyKm: 30,
    timeZone: LONDON,
    scenario: { adherence: "low", pain: "moderate-episode" },
  },
  {
    email: "athlete21@riverside.example",
    name: "Grace Mwangi",
    birthDate: "2005-01-27",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [1, 2, 4, 6, 7],
    weeklyKm: 70,
    timeZone: LONDON,
    scenario: { adherence: "high", pain: "none" },
  },
  {
    email: "athlete22@riverside.example",
    name: "Jakub Novák",
    birthDate: "1981-10-10",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [3, 5, 7],
    weeklyKm: 12,
    timeZone: LONDON,
    scenario: { adherence: "low", pain: "mild" },
  },
  {
    email: "athlete23@riverside.example",
    name: "Sienna Clarke",
    birthDate: "2010-06-11",
    team: TRAIL,
    historyOfBackProblems: false,
    runDays: [2, 4, 6],
    weeklyKm: 16,
    timeZone: LONDON,
    scenario: { adherence: "medium", pain: "none" },
  },
];

const HILLSIDE_ATHLETES: SeedAthlete[] = [
  {
    email: "athlete@hillside.example",
    name: "Orla Keane",
    birthDate: "1992-08-29",
    team: HARRIERS,
    historyOfBackProblems: false,
    runDays: [1, 3, 5, 7],
    weeklyKm: 36,
    timeZone: DUBLIN,
    scenario: { adherence: "high", pain: "mild" },
  },
  {
    email: "athlete01@hillside.example",
    name: "Seán Byrne",
    birthDate: "1985-03-04",
    team: HARRIERS,
    historyOfBackProblems: false,
    runDays: [2, 4, 6],
    weeklyKm: 27,
    timeZone: DUBLIN,
    scenario: { adherence: "medium", pain: "none" },
  },
  {
    email: "athlete02@hillside.example",
    name: "Mariana Costa",
    birthDate: "1971-11-15",
    team: HARRIERS,
    historyOfBackProblems: true,
    runDays: [1, 3, 6],
    weeklyKm: 22,
    timeZone: DUBLIN,
    scenario: { adherence: "medium", pain: "red-flag-arm" },
  },
  {
    email: "athlete03@hillside.example",
    name: "Wei Zhang",
    birthDate: "2002-02-09",
    team: HARRIERS,
    historyOfBackProblems: false,
    runDays: [1, 2, 4, 6, 7],
    weeklyKm: 58,
    timeZone: DUBLIN,
    scenario: { adherence: "high", pain: "moderate-episode" },
  },
  {
    email: "athlete04@hillside.example",
    name: "Emeka Obi",
    birthDate: "2009-09-17",
    team: HARRIERS,
    historyOfBackProblems: false,
    runDays: [3, 5, 7],
    weeklyKm: 14,
    timeZone: DUBLIN,
    scenario: { adherence: "low", pain: "none" },
  },
];

export const SEED_ORGS: SeedOrg[] = [
  {
    slug: "riverside",
    name: "Riverside Running Club",
    timeZone: LONDON,
    weekStartsOn: 1,
    teams: [ROAD, TRAIL],
    staff: [
      { email: "admin@riverside.example", name: "Helen Achterberg", role: "admin", teams: [] },
      { email: "coach@riverside.example", name: "Daniel Okafor", role: "coach", teams: [ROAD] },
      { email: "coach2@riverside.example", name: "Sofia Lindqvist", role: "coach", teams: [TRAIL] },
      { email: "physio@riverside.example", name: "Priya Raman", role: "physio", teams: [] },
      { email: "physio2@riverside.example", name: "Tomás Ferreira", role: "physio", teams: [] },
    ],
    athletes: RIVERSIDE_ATHLETES,
  },
  {
    slug: "hillside",
    name: "Hillside Athletics",
    timeZone: DUBLIN,
    weekStartsOn: 1,
    teams: [HARRIERS],
    staff: [
      { email: "admin@hillside.example", name: "Ciarán Doyle", role: "admin", teams: [] },
      { email: "coach@hillside.example", name: "Niamh Gallagher", role: "coach", teams: [HARRIERS] },
      { email: "physio@hillside.example", name: "Karol Wiśniewski", role: "physio", teams: [] },
    ],
    athletes: HILLSIDE_ATHLETES,
  },
];

/** Scenario per athlete email, derived from the athletes above so the two never drift apart. */
export const SEED_SCENARIOS: Readonly<Record<string, SeedScenario>> = Object.fromEntries(
  SEED_ORGS.flatMap((org) => org.athletes.map((a) => [a.email, a.scenario] as const)),
);
