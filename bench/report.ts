import type { PageMetrics } from "./browser";
import type { LoadResult } from "./load";
import type { ProcedureResult } from "./procedures";
import type { Timing } from "./stats";

export type BenchResults = {
  ranAt: string;
  machine: string;
  database: string;
  data: { athletes: number; teams: number; days: number; rows: Record<string, number>; generateSeconds: number };
  procedures: ProcedureResult[];
  afterCheckOffs: { name: string; procedure: Timing };
  load: LoadResult[];
  pages: PageMetrics[];
};

export function markdown(r: BenchResults): string {
  const out = [
    `Benchmark of ${r.ranAt.slice(0, 16).replace("T", " ")} UTC on ${r.machine}, ${r.database}: ${r.data.athletes} athletes in ${r.data.teams} teams, ${r.data.days} days ` +
      `(${Object.entries(r.data.rows).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}; generated in ${r.data.generateSeconds} s).`,
    "",
    "| procedure | first call ms | median ms | p95 ms | SQL lower bound median ms | ratio |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...r.procedures.map((p) => `| ${p.name} | ${p.coldMs} | ${p.procedure.median} | ${p.procedure.p95} | ${p.sqlLowerBound.median} | ${p.ratio}× |`),
    `| ${r.afterCheckOffs.name} | | ${r.afterCheckOffs.procedure.median} | ${r.afterCheckOffs.procedure.p95} | | |`,
  ];
  if (r.load.length) {
    out.push("", "| load (autocannon) | conns × s | req/s | p50 ms | p97.5 ms | p99 ms | errors | non-2xx |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    out.push(...r.load.map((l) => `| ${l.name} | ${l.connections} × ${l.seconds} | ${l.throughput} | ${l.p50} | ${l.p97_5} | ${l.p99} | ${l.errors} | ${l.non2xx} |`));
  }
  if (r.pages.length) {
    out.push("", "| page (Chromium) | as | LCP ms | TBT ms | longest task ms | CLS | first-load JS kB | JS transferred kB (by network idle) |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    out.push(...r.pages.map((p) => `| ${p.route} | ${p.as} | ${p.lcpMs} | ${p.tbtMs} | ${p.longestTaskMs} | ${p.cls} | ${p.firstLoadJsKB ?? "—"} | ${p.jsKB} |`));
  }
  return out.join("\n");
}
