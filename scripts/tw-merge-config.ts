/**
 * Writes components/ui/tw-merge-config.ts: tailwind-merge's default configuration cut down to the class
 * groups Upright's own source uses. The default one describes every utility Tailwind has (379 groups) and
 * was 8.6 kB of every page's JavaScript; tailwind-merge's maintainers suggest a subset for exactly this
 * (createTailwindMerge with only the groups in use). Tailwind itself only generates CSS for class names
 * written out whole in the source, so scanning the source finds every class cn() can be given.
 *
 *   npm run tw-merge-config          rewrite the file
 *   (components/ui/cn.test.ts fails when the file is out of date, and checks the subset merges
 *   every pair of the source's classes exactly as the default configuration does)
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { getDefaultConfig, validators } from "tailwind-merge";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

type Parsed = { isExternal?: boolean; baseClassName: string; maybePostfixModifierPosition: number | undefined };
type Internals = {
  createParseClassName: (config: Config) => (word: string) => Parsed;
  createClassGroupUtils: (config: Config) => { getClassGroupId: (base: string) => string | undefined };
};
// The lookup of a class's group is tailwind-merge's own, published as "unstable" and left out of its exports
// map: this script and its test load it by path, the app never does.
const { createClassGroupUtils, createParseClassName } = createRequire(__filename)(
  path.join(ROOT, "node_modules/tailwind-merge/dist/unstable-cjs.js"),
) as Internals;
export const SOURCE_DIRS = ["app", "components", "server"];
export const OUTPUT = "components/ui/tw-merge-config.ts";

type Value = string | number | boolean | ((...args: never[]) => unknown) | readonly Value[] | { readonly [key: string]: Value };
type Config = ReturnType<typeof getDefaultConfig>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && path.relative(ROOT, full) !== OUTPUT ? [full] : [];
  });
}

/** The text of every string literal and template of a file: where class names are written. */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** Every word of the source's strings that could be a class name: more than the classes, which does no harm. */
export function sourceWords(root = ROOT): string[] {
  const words = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      for (const word of stringsOf(file).flatMap((text) => text.split(/\s+/))) {
        if (word.length > 1 && word.length < 80) words.add(word);
      }
    }
  }
  return [...words].sort();
}

/** The class group tailwind-merge's default configuration puts a word in, if any. */
export function defaultGroupOf(config: Config = getDefaultConfig()) {
  const parse = createParseClassName(config);
  const { getClassGroupId } = createClassGroupUtils(config);
  return (word: string): string | undefined => {
    const parsed = parse(word);
    if (parsed.isExternal) return undefined;
    const base = parsed.baseClassName;
    const postfix = parsed.maybePostfixModifierPosition;
    return getClassGroupId(base) ?? (postfix ? getClassGroupId(base.substring(0, postfix)) : undefined);
  };
}

const VALIDATOR_NAMES = new Map<unknown, string>(Object.entries(validators).map(([name, fn]) => [fn, name]));

function emit(value: Value, themeKeys: Set<string>): string {
  if (typeof value === "function") {
    const getter = value as unknown as { isThemeGetter?: boolean; themeKey?: string };
    if (getter.isThemeGetter && getter.themeKey) {
      themeKeys.add(getter.themeKey);
      return `fromTheme(${JSON.stringify(getter.themeKey)})`;
    }
    const name = VALIDATOR_NAMES.get(value);
    if (!name) throw new Error(`An unnamed function in tailwind-merge's configuration: ${String(value)}`);
    return `v.${name}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => emit(v, themeKeys)).join(", ")}]`;
  if (typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${emit(v, themeKeys)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

export function generate(words = sourceWords()): string {
  const config = getDefaultConfig();
  const groupOf = defaultGroupOf(config);
  const used = new Set(words.map(groupOf).filter((id): id is string => id !== undefined));
  const ids = Object.keys(config.classGroups).filter((id) => used.has(id));
  const themeKeys = new Set<string>();
  const classGroups = config.classGroups as unknown as Record<string, Value>;
  const groupLines = ids.map((id) => `    ${JSON.stringify(id)}: ${emit(classGroups[id]!, themeKeys)},`);
  const themeEntries = config.theme as unknown as Record<string, Value>;
  const themeLines = [...themeKeys].sort().map((key) => `    ${JSON.stringify(key)}: ${emit(themeEntries[key] ?? [], themeKeys)},`);
  const conflicts = (table: Record<string, readonly string[] | undefined>) =>
    ids
      .filter((id) => table[id]?.some((other) => used.has(other)))
      .map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(table[id]!.filter((other) => used.has(other)))},`);
  return [
    "// Generated by scripts/tw-merge-config.ts from the class names in app/, components/ and server/: do not edit.",
    "// tailwind-merge's default configuration, cut down to the class groups this source uses.",
    'import { type Config, fromTheme, validators as v } from "tailwind-merge";',
    "",
    "export const twMergeConfig: Config<string, string> = {",
    `  cacheSize: ${config.cacheSize},`,
    "  theme: {",
    ...themeLines,
    "  },",
    "  classGroups: {",
    ...groupLines,
    "  },",
    "  conflictingClassGroups: {",
    ...conflicts(config.conflictingClassGroups as Record<string, readonly string[]>),
    "  },",
    "  conflictingClassGroupModifiers: {",
    ...conflicts(config.conflictingClassGroupModifiers as Record<string, readonly string[]>),
    "  },",
    `  postfixLookupClassGroups: ${JSON.stringify((config.postfixLookupClassGroups ?? []).filter((id) => used.has(id)))},`,
    `  orderSensitiveModifiers: ${JSON.stringify(config.orderSensitiveModifiers)},`,
    "};",
    "",
  ].join("\n");
}

if (require.main === module) {
  fs.writeFileSync(path.join(ROOT, OUTPUT), generate());
  console.log(`Wrote ${OUTPUT}.`);
}
