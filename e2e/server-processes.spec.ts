/**
 * `npm start` on a PostgreSQL server with UPRIGHT_WORKERS=2: two server processes sharing the port. Both start
 * on an empty database at once (migrations and demo data are set up once, under a lock), a
 * session signed by one is honoured by the other, and one signal stops them all. Needs the
 * PostgreSQL server every machine of this project runs (127.0.0.1:5432, or TEST_DATABASE_URL),
 * on a database of its own. On the embedded database, more than one process is refused.
 */
import { execFileSync, spawn } from "node:child_process";
import http from "node:http";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { signIn } from "../bench/server";
import { pgServerAnswers, pgServerUrl } from "../test/pg-server";
import { DEMO_PASSWORD } from "./helpers";

/** Every process below pid, with its name. */
function descendants(pid: number): { pid: number; name: string }[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .map(([p, pp, ...name]) => ({ pid: Number(p), ppid: Number(pp), name: name.join(" ") }));
  const found: { pid: number; name: string }[] = [];
  const walk = (parent: number) => {
    for (const row of rows.filter((r) => r.ppid === parent)) {
      found.push(row);
      walk(row.pid);
    }
  };
  walk(pid);
  return found;
}

/** A request on a connection of its own, so that the cluster hands each to the next process. */
function statusOf(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent: false, headers: { cookie, origin: new URL(url).origin, "content-type": "application/json" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(JSON.stringify({ 0: "-1" }));
  });
}

test("npm start on a PostgreSQL server with UPRIGHT_WORKERS=2 runs two server processes that share one port and stop together", async () => {
  expect(await pgServerAnswers(), `this test needs the PostgreSQL server at ${pgServerUrl}`).toBe(true);
  test.setTimeout(150_000);
  const name = `upright_workers_${process.pid}_${Date.now()}`;
  const server = postgres(pgServerUrl, { max: 1, onnotice: () => {} });
  await server.unsafe(`create database ${name}`);
  const databaseUrl = new URL(pgServerUrl);
  databaseUrl.pathname = `/${name}`;
  const port = 3170 + (process.pid % 20);
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl.toString(), UPRIGHT_WORKERS: "2", UPRIGHT_SKIP_BUILD: "1", PORT: String(port), NEXTAUTH_URL: base, UPRIGHT_DISABLE_SCHEDULER: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    await expect.poll(() => output, { timeout: 120_000 }).toContain("(2 server processes)");
    expect(descendants(child.pid!).filter((p) => p.name === "upright-server")).toHaveLength(2);
    const cookie = await signIn(base, "coach@riverside.example", DEMO_PASSWORD);
    const statuses = await Promise.all(Array.from({ length: 6 }, () => statusOf(`${base}/api/trpc/me.get?batch=1`, cookie)));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
  } finally {
    child.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("still running"), 15_000))]);
    expect(code).toBe(0);
    expect(descendants(child.pid!)).toHaveLength(0);
    await server.unsafe(`drop database if exists ${name} with (force)`);
    await server.end();
  }
});

test("npm start refuses more than one server process on the embedded database, saying why", async () => {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", UPRIGHT_WORKERS: "2", UPRIGHT_SKIP_BUILD: "1", UPRIGHT_DATA_DIR: `.test-data/workers-${process.pid}`, PORT: "3199" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(1);
  expect(output).toContain("UPRIGHT_WORKERS above 1 needs DATABASE_URL: the embedded database is opened by one process only.");
});

test("npm start answers tRPC calls ahead of Next, with the route handler's answer", async ({ request }) => {
  // The first request lets Next start (instrumentation.ts publishes the listener); later calls skip Next.
  await request.get("/api/health");
  const res = await request.post("/api/trpc/me.get?batch=1", { data: { 0: "-1" }, headers: { "accept-encoding": "identity" } });
  expect(res.status()).toBe(401);
  expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  // Set by server/http/trpc-node.ts only: the route behind Next does not vary on encoding.
  expect(res.headers().vary).toContain("accept-encoding");
});
