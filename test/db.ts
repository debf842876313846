import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, type Db, openPglite, openPostgres } from "../db/client";
import { organisations, users } from "../db/schema";
import { createCaller } from "../server/api/root";
import { createContextInner } from "../server/api/trpc";
import type { Viewer } from "../server/auth/viewer";
import { calendarSettings, ownTimeZone } from "../server/domain/calendar";
import { twoStepDue } from "../server/domain/two-step-rules";
import { withDatabase } from "./global-setup";

/** A private copy of the seeded template database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = inject("templateDatabase");
    const name = `upright_t_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${template}`);
    const database = openPostgres(withDatabase(serverUrl, name), { max: 4 });
    return {
      ...database,
      close: async () => {
        await database.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dump = fs.readFileSync(inject("templateDump"));
  return openPglite({ dir: null, loadDataDir: new Blob([dump]) });
}

/** Opens a database for the file's tests and closes it after them. */
export function useTestDatabase() {
  const holder: { database?: Database } = {};
  beforeAll(async () => {
    holder.database = await openTestDatabase();
  });
  afterAll(async () => {
    await holder.database?.close();
  });
  return {
    get db(): Db {
      if (!holder.database) throw new Error("test database not open yet");
      return holder.database.db;
    },
  };
}

/** The viewer as resolveViewer builds it from the database (without a session token). */
export async function viewerByEmail(db: Db, email: string): Promise<Viewer> {
  const [row] = await db
    .select({ u: users, orgRequires: organisations.requireStaffTotp, timeZone: organisations.timeZone, weekStartsOn: organisations.weekStartsOn })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!row) throw new Error(`no user ${email}`);
  const { u, orgRequires } = row;
  return {
    id: u.id,
    orgId: u.orgId,
    role: u.role,
    name: u.name,
    email: u.email,
    twoStepDue: twoStepDue({ role: u.role, orgRequires, enabled: u.totpEnabledAt !== null }),
    calendar: calendarSettings(row),
    timeZone: ownTimeZone(u.timeZone, row.timeZone),
  };
}

export async function callerAs(db: Db, email: string | null) {
  const viewer = email ? await viewerByEmail(db, email) : null;
  return createCaller(createContextInner({ db, viewer }));
}

export async function userId(db: Db, email: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return u.id;
}
