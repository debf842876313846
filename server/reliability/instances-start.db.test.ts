/**
 * Several instances starting together against one new PostgreSQL database: each migrates and
 * seeds under an advisory lock, so all of them come up and the demo data exists once.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { type Database, openPostgres, rowsOf } from "../../db/client";
import { withDatabase } from "../../test/global-setup";
import { pgServerAnswers, pgServerUrl } from "../../test/pg-server";
import { prepareDatabase } from "../db";

const available = await pgServerAnswers();
const name = `upright_start_${randomBytes(5).toString("hex")}`;
const opened: Database[] = [];

describe.skipIf(!available)("three instances starting at once", () => {
  afterAll(async () => {
    await Promise.all(opened.map((d) => d.close()));
    const admin = postgres(pgServerUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("all come up on one migrated database with the demo data seeded once", async () => {
    const admin = postgres(pgServerUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = withDatabase(pgServerUrl, name);
    for (let i = 0; i < 3; i++) opened.push(openPostgres(url, { max: 2 }));
    await Promise.all(opened.map((d) => prepareDatabase(d, url)));
    const [counts] = rowsOf<{ orgs: number; migrations: number }>(
      await opened[0]!.db.execute(sql`select (select count(*)::int from organisations) as orgs, (select count(*)::int from drizzle.__drizzle_migrations) as migrations`),
    );
    const again = openPostgres(url, { max: 1 });
    opened.push(again);
    await prepareDatabase(again, url);
    const [after] = rowsOf<{ orgs: number; migrations: number }>(
      await again.db.execute(sql`select (select count(*)::int from organisations) as orgs, (select count(*)::int from drizzle.__drizzle_migrations) as migrations`),
    );
    expect(counts!.orgs).toBeGreaterThan(0);
    expect(after).toEqual(counts);
  }, 120_000);
});
