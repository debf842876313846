import { z } from "zod";
import { id } from "./common";

export const notificationListInput = z.object({
  limit: z.number().int().min(1, "Ask for at least one notification.").max(50, "At most 50 notifications at a time.").default(20),
});

/** Either some notifications by id, or all of the viewer's unread ones. */
export const notificationMarkReadInput = z.union([
  z.object({ ids: z.array(id("Notification")).min(1, "Name at least one notification.").max(100, "At most 100 notifications at a time.") }),
  z.object({ all: z.literal(true) }),
]);
