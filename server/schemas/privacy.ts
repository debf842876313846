import { z } from "zod";
import { id } from "./common";

export const eraseAthleteInput = z.object({
  athleteId: id("Athlete"),
  /** The admin types the athlete's name: erasure cannot be undone. */
  confirmName: z.string().trim().min(1, "Type the athlete's name to confirm.").max(120, "Type the athlete's name to confirm."),
});
export type EraseAthleteInput = z.infer<typeof eraseAthleteInput>;
