/**
 * First-load JS of every page route, read from the production build rather than a browser: the
 * chunks each page's client manifest lists for its layouts, boundaries and page, plus the
 * runtime every page loads, gzipped as `next start` serves them. Covers routes the browser
 * part does not visit (forms, admin pages).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export type RouteSize = { route: string; firstLoadJsKB: number };

/** Kilobytes as the targets count them, 1,000 bytes (not KiB), to one decimal. */
export const kB = (bytes: number) => Math.round(bytes / 100) / 10;

export function firstLoadJsByRoute(dir = ".next"): RouteSize[] {
  const routes = JSON.parse(fs.readFileSync(path.join(dir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const build = JSON.parse(fs.readFileSync(path.join(dir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length);
    return gz.get(file)!;
  };
  const out: RouteSize[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const file = path.join(dir, "server", "app", `${entry}_client-reference-manifest.js`);
    if (!fs.existsSync(file)) continue;
    const g = globalThis as unknown as { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> };
    g.__RSC_MANIFEST = {};
    // The manifest is a script that assigns itself to globalThis.__RSC_MANIFEST.
    new Function(fs.readFileSync(file, "utf8"))();
    const manifest = g.__RSC_MANIFEST[entry];
    if (!manifest) continue;
    const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
    out.push({ route, firstLoadJsKB: kB([...files].reduce((n, f) => n + size(f), 0)) });
  }
  return out.sort((a, b) => a.route.localeCompare(b.route));
}
