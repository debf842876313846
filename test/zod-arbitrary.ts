import fc from "fast-check";

/**
 * Inputs shaped like a procedure's zod schema whose leaves are real ids, edge values and
 * hostile strings, so fuzzing reaches past validation into the queries. Unknown node types
 * fall back to fc.anything().
 */
export type Pools = { ids: string[]; strings: string[] };

export const HOSTILE_STRINGS = [
  "",
  " ",
  "'; drop table users; --",
  "' or '1'='1",
  "\" onmouseover=alert(1) \"",
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "𝕌𝕡𝕣𝕚𝕘𝕙𝕥 🏃‍♀️",
  "x".repeat(5000),
  "%00%27%22",
  "${jndi:ldap://x}",
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "1e309",
  "2026-02-30",
  "2026-01-01",
  "1900-01-01",
  "9999-12-31",
  "00000000-0000-4000-8000-000000000000",
  "not-a-uuid",
];

type Def = { type: string; [k: string]: unknown };
type Node = { _zod: { def: Def } };
const defOf = (s: unknown) => (s as Node)._zod.def;

export function arbitraryFor(schema: unknown, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  const def = defOf(schema);
  const next = (s: unknown) => arbitraryFor(s, pools, depth + 1);
  const text = fc.oneof(fc.constantFrom(...pools.strings, ...HOSTILE_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }));
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, next(v)])));
    }
    case "string": {
      const checks = (def.checks as Node[] | undefined) ?? [];
      const isUuid = checks.some((c) => defOf(c).format === "uuid");
      return isUuid ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools.ids) }, { weight: 1, arbitrary: text }) : text;
    }
    case "number": {
      const checks = ((def.checks as Node[] | undefined) ?? []).map(defOf) as unknown as { check: string; value?: number; format?: string }[];
      const min = checks.find((c) => c.check === "greater_than")?.value ?? -5;
      const max = checks.find((c) => c.check === "less_than")?.value ?? 1000;
      const int = checks.some((c) => c.format === "safeint" || c.format === "int32");
      const inRange = int ? fc.integer({ min: Math.max(min - 2, -1e6), max: Math.min(max + 2, 1e6) }) : fc.double({ min: min - 2, max: max + 2, noNaN: true });
      return fc.oneof({ weight: 5, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 2 ** 53, 0.5) });
    }
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)) }, { weight: 1, arbitrary: text });
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(next(def.element), { maxLength: 4 });
    case "optional":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: next(def.innerType) });
    case "nullable":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: next(def.innerType) });
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: next(def.innerType) });
    case "union":
      return fc.oneof(...(def.options as unknown[]).map(next));
    case "record":
      return fc.dictionary(next(def.keyType) as fc.Arbitrary<string>, next(def.valueType), { maxKeys: 3 });
    case "pipe":
      return next(def.in);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
