/** Page metrics in headless Chromium: LCP, total blocking time, CLS and JavaScript transferred (gzip, first load). */
import fs from "node:fs";
import { type Browser, chromium } from "@playwright/test";

export type PageMetrics = { route: string; as: string; lcpMs: number; tbtMs: number; longestTaskMs: number; cls: number; jsKB: number };

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
      results.push({ route: p.route, as: p.as, lcpMs: median("lcpMs"), tbtMs: median("tbtMs"), longestTaskMs: median("longestTaskMs"), cls: median("cls"), jsKB: median("jsKB") });
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
    await page.goto(`${url}${p.route}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(1000);
    const m = await page.evaluate(() => {
      const w = window as unknown as { __m: { lcp: number; cls: number; tasks: number[] } };
      const js = performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"))
        .reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0);
      return { ...w.__m, js };
    });
    return {
      lcpMs: Math.round(m.lcp),
      tbtMs: Math.round(m.tasks.reduce((n, d) => n + Math.max(0, d - 50), 0)),
      longestTaskMs: Math.round(Math.max(0, ...m.tasks)),
      cls: Math.round(m.cls * 1000) / 1000,
      jsKB: Math.round(m.js / 1024),
    };
  } finally {
    await context.close();
  }
}
