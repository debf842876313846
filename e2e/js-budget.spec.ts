import { expect, test } from "@playwright/test";
import { firstLoadJsByRoute } from "../bench/build-sizes";

/** The performance budget (issue 7): no page asks a phone to download more than 200 kB of gzipped JavaScript first. */
test("every route's first-load JavaScript in the production build is 200 kB or less, gzipped", () => {
  const routes = firstLoadJsByRoute();
  expect(routes.length).toBeGreaterThan(20);
  expect(routes.filter((r) => r.firstLoadJsKB > 200)).toEqual([]);
});
