import { eq } from "drizzle-orm";
import type { AckDeadlines, Thresholds } from "../../server/domain/escalation";
import type { DbOrTx } from "../client";
import { organisations } from "../schema";

export type OrganisationSettings = {
  name: string;
  timeZone: string;
  weekStartsOn: 1 | 7;
  thresholds: Thresholds;
  ackDeadlines: AckDeadlines;
};

export async function updateOrganisation(db: DbOrTx, params: { orgId: string; settings: OrganisationSettings }) {
  const { thresholds, ackDeadlines, ...rest } = params.settings;
  await db
    .update(organisations)
    .set({ ...rest, thresholds: { ...thresholds }, ackDeadlines: { ...ackDeadlines } })
    .where(eq(organisations.id, params.orgId));
}
