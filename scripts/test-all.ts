/**
 * `npm test`: lint and types, every test (unit, database, browser), then one summary line.
 * Runners write JSON reports that are added up here, so the last line counts everything.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.resolve(".test-data/reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, cmd: string, args: string[]) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const vitestFile = path.join(reports, "vitest.json");
const playwrightFile = path.join(reports, "playwright.json");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const lintCode = run("lint and types (eslint, tsc)", npm, ["run", "--silent", "lint"]);
const vitestCode = run("unit and database tests (vitest)", npx, ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestFile}`]);
const e2eCode = run("browser tests (playwright, production build)", npx, ["playwright", "test"]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const v = JSON.parse(fs.readFileSync(vitestFile, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
} catch {
  failed += 1;
  console.error("vitest wrote no report");
}
try {
  const p = JSON.parse(fs.readFileSync(playwrightFile, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
} catch {
  failed += 1;
  console.error("playwright wrote no report");
}
if (lintCode !== 0) {
  failed += 1;
  console.error("lint or type check found problems (see above)");
}
if ((vitestCode !== 0 || e2eCode !== 0) && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
