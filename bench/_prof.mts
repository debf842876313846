import { load, rosterBody, painBody } from "./load";
import { signIn, startServer } from "./server";
const [which, email] = [process.argv[2]!, process.argv[3]!];
const server = await startServer({ port: 3400, env: { DATABASE_URL: process.env.DATABASE_URL!, UPRIGHT_SKIP_BUILD: "1", ...(process.env.PROF ? { NODE_OPTIONS: "--cpu-prof --cpu-prof-dir=/tmp/prof" } : {}) } });
const cookie = await signIn(server.url, email, "bench-password-not-for-production");
const r = await load({ name: which, url: server.url, path: `/api/trpc/${which}?batch=1`, cookies: [cookie], body: which === "roster.page" ? rosterBody : painBody, connections: 50, seconds: Number(process.env.SECS ?? 15) });
console.log(JSON.stringify(r));
await server.stop();
