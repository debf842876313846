import { spawn } from "node:child_process";
import { load, rosterBody, painBody } from "./load";
import { signIn } from "./server";
const [which, email] = [process.argv[2]!, process.argv[3]!];
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "3400"], {
  env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "--require /tmp/prof-preload.cjs", NEXTAUTH_SECRET: "x".repeat(40), NEXTAUTH_URL: "http://127.0.0.1:3400", UPRIGHT_DISABLE_SCHEDULER: "1", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const url = "http://127.0.0.1:3400";
for (;;) { try { if ((await fetch(`${url}/api/health`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 250)); }
const cookie = await signIn(url, email, "bench-password-not-for-production");
const r = await load({ name: which, url, path: `/api/trpc/${which}?batch=1`, cookies: [cookie], body: which === "roster.page" ? rosterBody : painBody, connections: 50, seconds: Number(process.env.SECS ?? 15) });
console.log(JSON.stringify(r));
await new Promise<void>((res) => { child.once("exit", () => res()); child.kill("SIGINT"); });
