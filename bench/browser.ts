/**
 * Page metrics in headless Chromium: LCP, total blocking time, CLS, and JavaScript (bytes on the
 * wire, so gzipped): first-load JS is what the initial HTML loads (its script tags and script
 * preloads); JS transferred is everything fetched by network idle, lazy chunks included.
 */
import fs from "node:fs";
import { type Browser, chromium } from "@playwright/test";
import { kB } from "./build-sizes";

export type PageMetrics = { route: string; as: string; lcpMs: number; tbtMs: number; longestTaskMs: number; cls: number; firstLoadJsKB: number; jsKB: number };

const OBSERVE = () => {
  const w = window as unknown as { __m: { lcp: number; cls: number; tasks: number[] } };
  w.__m = { lcp: 0, cls: 0, tasks: [] };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__m.lcp = e.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => {
      const s = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
      if (!s.hadRecentInput) w.__m.cls += s.value;
    }),
  ).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__m.tasks.push(e.duration))).observe({ type: "longtask", buffered: true });
};

type Cookie = string | null;

/** The pages both page benchmarks measure: each main page of each role. */
export function mainPages(c: { coach: Cookie; admin: Cookie; physio: Cookie; athlete: Cookie; athleteId: string; caseId: string | null }) {
  return [
    { route: "/sign-in", as: "signed out", cookie: null },
    { route: "/coach", as: "coach", cookie: c.coach },
    { route: "/coach/programs", as: "coach", cookie: c.coach },
    { route: "/coach/exercises", as: "coach", cookie: c.coach },
    { route: `/coach/athletes/${c.athleteId}`, as: "coach", cookie: c.coach },
    { route: "/today", as: "athlete", cookie: c.athlete },
    { route: "/today/report", as: "athlete", cookie: c.athlete },
    { route: "/progress", as: "athlete", cookie: c.athlete },
    { route: "/triage", as: "physio", cookie: c.physio },
    ...(c.caseId ? [{ route: `/triage/cases/${c.caseId}`, as: "physio", cookie: c.physio }] : []),
    { route: "/clinic", as: "physio", cookie: c.physio },
    { route: "/admin", as: "admin", cookie: c.admin },
    { route: "/admin/audit", as: "admin", cookie: c.admin },
    { route: "/account", as: "coach", cookie: c.coach },
  ];
}

export async function measurePages(url: string, pages: { route: string; as: string; cookie: string | null }[]): Promise<PageMetrics[]> {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const results: PageMetrics[] = [];
  try {
    for (const p of pages) {
      // Three cold loads each (a fresh context: empty cache), the median reported.
      const samples: Omit<PageMetrics, "route" | "as">[] = [];
      for (let i = 0; i < 3; i++) samples.push(await measureOnce(browser, url, p));
      const median = (k: keyof (typeof samples)[number]) => samples.map((x) => x[k]).sort((a, b) => a - b)[1]!;
      results.push({ route: p.route, as: p.as, lcpMs: median("lcpMs"), tbtMs: median("tbtMs"), longestTaskMs: median("longestTaskMs"), cls: median("cls"), firstLoadJsKB: median("firstLoadJsKB"), jsKB: median("jsKB") });
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function measureOnce(browser: Browser, url: string, p: { route: string; cookie: string | null }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    if (p.cookie) {
      await context.addCookies(
        p.cookie.split("; ").map((c) => {
          const [name, ...v] = c.split("=");
          return { name: name!, value: v.join("="), url };
        }),
      );
    }
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    const response = await page.goto(`${url}${p.route}`, { waitUntil: "networkidle" });
    const html = (await response?.text()) ?? "";
    const initialScripts = scriptsIn(html, page.url());
    await page.waitForTimeout(1000);
    // A page shown to the wrong role, or the sign-in page, would be measured as a fast page.
    if (new URL(page.url()).pathname !== p.route || (await page.getByText("Not available for your role").count()) > 0) {
      throw new Error(`${p.route} did not open as this viewer (landed on ${page.url()})`);
    }
    const m = await page.evaluate((initial) => {
      const w = window as unknown as { __m: { lcp: number; cls: number; tasks: number[] } };
      const scripts = performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || new URL(e.name).pathname.endsWith(".js")) as PerformanceResourceTiming[];
      const js = scripts.reduce((n, e) => n + e.transferSize, 0);
      const firstJs = scripts.filter((e) => initial.includes(e.name)).reduce((n, e) => n + e.transferSize, 0);
      return { ...w.__m, js, firstJs };
    }, initialScripts);
    return {
      lcpMs: Math.round(m.lcp),
      tbtMs: Math.round(m.tasks.reduce((n, d) => n + Math.max(0, d - 50), 0)),
      longestTaskMs: Math.round(Math.max(0, ...m.tasks)),
      cls: Math.round(m.cls * 1000) / 1000,
      firstLoadJsKB: kB(m.firstJs),
      jsKB: kB(m.js),
    };
  } finally {
    await context.close();
  }
}

/** Absolute URLs of the scripts an HTML document loads by itself: `<script src>` and `<link rel=preload|modulepreload as=script>`. */
export function scriptsIn(html: string, base: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, "i").exec(tag)?.slice(1).find((v) => v !== undefined);
    const isScript = /^<script/i.test(tag);
    const rel = attr("rel")?.toLowerCase();
    const src = isScript ? attr("src") : (rel === "modulepreload" || (rel === "preload" && attr("as") === "script")) ? attr("href") : undefined;
    if (src) urls.add(new URL(src.replace(/&amp;/g, "&"), base).href);
  }
  return [...urls];
}
