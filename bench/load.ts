/** The production server under autocannon on loopback: the roster query and pain-report submission. */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

export type LoadResult = { name: string; connections: number; seconds: number; requests: number; throughput: number; p50: number; p97_5: number; p99: number; errors: number; non2xx: number };

/**
 * Before each measured run, the same load for a few seconds, not counted: a server that has just
 * started opens its database connections, prepares its statements and compiles its hot paths first,
 * which a server in use has done long before (cold, the pain reports' p99 read 176-200 ms against
 * 140-141 ms warm, same build). autocannon's own warm-up, which its type definitions omit.
 */
const WARMUP_SECONDS = 3;
type WithWarmup = autocannon.Options & { warmup: { connections: number; duration: number } };

export async function load(opts: { name: string; url: string; path: string; cookies: string[]; body: () => string; connections: number; seconds: number }): Promise<LoadResult> {
  let n = 0;
  const options: WithWarmup = {
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    warmup: { connections: opts.connections, duration: WARMUP_SECONDS },
    requests: [
      {
        method: "POST",
        path: opts.path,
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, "content-type": "application/json", cookie: opts.cookies[n++ % opts.cookies.length]!, origin: opts.url },
          body: opts.body(),
        }),
      },
    ],
  };
  const result = await autocannon(options);
  return {
    name: opts.name,
    connections: opts.connections,
    seconds: opts.seconds,
    requests: result.requests.total,
    throughput: Math.round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The coach home's first request: the first page of the roster, sorted by name. */
export const rosterBody = () =>
  JSON.stringify({ 0: { teamId: null, search: "", tier: null, returnToRun: null, sort: "name", desc: false, page: 0, pageSize: 25 } });

export const painBody = () =>
  JSON.stringify({
    0: { painNow: Math.floor(Math.random() * 4), painWorstRun: null, areas: ["upper-back"], timings: ["after-run"], qualities: [], redFlags: {}, ostrc: null, note: null, idempotencyKey: randomUUID() },
  });
