import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "../db/client";
import { seedDemo } from "../db/seed";

/**
 * Builds one migrated, seeded database per run; every test file then opens a copy
 * (PGlite: loadDataDir of a dump; server: CREATE DATABASE ... TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `upright_tpl_${process.pid}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.unsafe(`create database ${name}`);
    const url = withDatabase(serverUrl, name);
    const database = openPostgres(url, { max: 2 });
    await database.migrate();
    await seedDemo(database.db);
    await database.close();
    project.provide("templateDatabase", name);
    return async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const dir = path.resolve(".test-data");
  fs.mkdirSync(dir, { recursive: true });
  const database = await openPglite({ dir: null });
  await database.migrate();
  await seedDemo(database.db);
  const client = (database.db as unknown as { $client: { dumpDataDir: (c: "gzip") => Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("gzip");
  const file = path.join(dir, `template-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("templateDump", file);
  return () => fs.rmSync(file, { force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    templateDump: string;
  }
}
