/** Where notifications about an athlete send each reader: pages that reader may open. */
export const coachAthleteLink = (athleteId: string) => `/coach/athletes/${athleteId}`;

/** The athlete's own care status (return to run, messages from the clinic) is on today's page. */
export const ATHLETE_CARE_LINK = "/today";
