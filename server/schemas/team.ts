import { z } from "zod";
import { id, text } from "./common";

export const teamName = text("Team name", 80, 1);
export const teamCreateInput = z.object({ name: teamName });
export const teamRenameInput = z.object({ id: id("Team"), name: teamName });
export const teamArchiveInput = z.object({ id: id("Team"), archived: z.boolean() });
