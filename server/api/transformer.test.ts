/**
 * Inputs travel as plain JSON (transformer.ts), so no procedure may take a value JSON cannot carry: a Date
 * would arrive as a string, a Map or Set as {}, a bigint would not be sent at all.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "./root";
import { transformer } from "./transformer";

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Zod node types whose values JSON carries unchanged. */
const JSON_SAFE = new Set(["object", "string", "number", "boolean", "null", "array", "enum", "literal", "optional", "nullable", "default", "prefault", "union", "pipe", "record", "tuple", "lazy", "intersection", "readonly", "nonoptional", "catch"]);

/** Every node type a value must pass through on its way into the procedure (a pipe's input side only). */
function inputTypes(schema: unknown, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const walk = (s: unknown) => inputTypes(s, seen);
  const children: unknown[] = (() => {
    switch (def.type) {
      case "object":
        return Object.values(def.shape as Record<string, unknown>);
      case "array":
        return [def.element];
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
      case "nonoptional":
      case "catch":
        return [def.innerType];
      case "union":
        return def.options as unknown[];
      case "pipe":
        return [def.in];
      case "record":
        return [def.keyType, def.valueType];
      case "tuple":
        return [...(def.items as unknown[]), ...(def.rest ? [def.rest] : [])];
      case "lazy":
        return [(def.getter as () => unknown)()];
      case "intersection":
        return [def.left, def.right];
      default:
        return [];
    }
  })();
  return [def.type, ...children.flatMap(walk)];
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>);

describe("inputs on the wire", () => {
  it("covers the procedures, and would notice a value JSON cannot carry", () => {
    expect(procedures.length).toBeGreaterThan(50);
    const schema = z.object({ when: z.date().optional(), tags: z.array(z.set(z.string())), n: z.string().transform(Number) });
    expect(inputTypes(schema).filter((type) => !JSON_SAFE.has(type))).toEqual(["date", "set"]);
  });

  it.each(procedures.map(([path, p]) => [path, p._def.inputs] as const))("%s takes only what JSON carries", (_path, inputs) => {
    const unsafe = inputs.flatMap((s) => inputTypes(s)).filter((type) => !JSON_SAFE.has(type));
    expect(unsafe).toEqual([]);
  });

  it("sends an input as it is and reads back an answer with its dates", () => {
    const input = { day: "2026-12-01", areas: ["upper-back"], note: null };
    expect(transformer.input.deserialize(JSON.parse(JSON.stringify(transformer.input.serialize(input))))).toEqual(input);
    const answer = { at: new Date("2026-12-01T06:00:00Z"), missing: undefined, tags: new Set(["a"]) };
    expect(transformer.output.deserialize(transformer.output.serialize(answer))).toEqual(answer);
  });

  it("refuses an answer that is not a serialised string", () => {
    expect(() => transformer.output.deserialize({ at: 1 })).toThrow(TypeError);
  });
});
