/**
 * Importing athletes from a spreadsheet: a check that saves nothing, then a confirmation that
 * checks the same file again against the database as it is now and creates only the ready rows.
 * Each new athlete gets an invitation link to choose a password.
 */
import { openInvitationEmails } from "../../db/queries/invitations";
import { accountsByEmails, lockOrganisation, organisationById } from "../../db/queries/people";
import { teamsOfOrg } from "../../db/queries/teams";
import type { Db, DbOrTx } from "../../db/client";
import { athleteProfiles, teamMembers, users } from "../../db/schema";
import type { Viewer } from "../auth/viewer";
import { parseAthleteCsv } from "../domain/athlete-csv";
import { type CheckedRow, checkImportRows, summariseImport } from "../domain/athlete-import";
import { localDay } from "../domain/calendar";
import { audit } from "./audit";
import { issueLink } from "./invitations";

export type ImportCheck = { ok: false; problem: string } | { ok: true; rows: CheckedRow[]; summary: ReturnType<typeof summariseImport> };

export async function checkImport(db: DbOrTx, params: { orgId: string; csv: string; now: Date }): Promise<ImportCheck> {
  const parsed = parseAthleteCsv(params.csv);
  if (!parsed.ok) return parsed;
  const emails = [...new Set(parsed.rows.map((r) => r.email.trim().toLowerCase()).filter((e) => e !== ""))];
  const [org, teams, accounts, openInvitations] = await Promise.all([
    organisationById(db, { orgId: params.orgId }),
    teamsOfOrg(db, { orgId: params.orgId }),
    accountsByEmails(db, { orgId: params.orgId, emails }),
    openInvitationEmails(db, { orgId: params.orgId, now: params.now }),
  ]);
  const rows = checkImportRows(parsed.rows, {
    teams: teams.map((t) => ({ id: t.id, name: t.name, archived: t.archivedAt !== null })),
    accounts,
    openInvitations,
    today: localDay(params.now, org?.timeZone ?? "UTC"),
  });
  return { ok: true, rows, summary: summariseImport(rows) };
}

export type ImportedPerson = { id: string; name: string; email: string; team: string; link: string; emailed: boolean };
export type ImportOutcome =
  | { ok: false; problem: string }
  | { ok: true; created: ImportedPerson[]; skipped: number; withProblems: number };

export async function confirmImport(db: Db, params: { viewer: Viewer; ip: string | null; csv: string; now: Date }): Promise<ImportOutcome> {
  const { viewer, now } = params;
  return db.transaction(async (tx) => {
    // One import at a time per organisation: two confirmations of one file must not both create.
    await lockOrganisation(tx, { orgId: viewer.orgId });
    const check = await checkImport(tx, { orgId: viewer.orgId, csv: params.csv, now });
    if (!check.ok) return check;
    const ready = check.rows.filter((r) => r.status === "ready");
    const created: ImportedPerson[] = [];
    if (ready.length > 0) {
      const inserted = await tx
        .insert(users)
        .values(ready.map((r) => ({ orgId: viewer.orgId, email: r.email, name: r.name, role: "athlete" as const })))
        .onConflictDoNothing()
        .returning({ id: users.id, email: users.email });
      const idOf = new Map(inserted.map((u) => [u.email, u.id]));
      const made = ready.filter((r) => idOf.has(r.email)).map((r) => ({ row: r, id: idOf.get(r.email)! }));
      if (made.length > 0) {
        await tx.insert(teamMembers).values(made.map(({ row, id }) => ({ userId: id, teamId: row.teamId! })));
        await tx.insert(athleteProfiles).values(made.map(({ row, id }) => ({ userId: id, birthDate: row.birthDate })));
      }
      for (const { row, id } of made) {
        const issued = await issueLink(tx, {
          viewer,
          ip: params.ip,
          now,
          action: "invitation.created",
          request: { kind: "invite", email: row.email, name: row.name, role: "athlete", teamIds: [row.teamId!], userId: id },
        });
        created.push({ id, name: row.name, email: row.email, team: row.team, link: issued.link, emailed: issued.emailed });
      }
    }
    await audit(tx, {
      orgId: viewer.orgId,
      actorId: viewer.id,
      action: "people.imported",
      entityType: "organisation",
      entityId: viewer.orgId,
      ip: params.ip,
      detail: { created: created.length, skipped: check.summary.skip, withProblems: check.summary.error },
    });
    return { ok: true, created, skipped: check.summary.skip, withProblems: check.summary.error };
  });
}
