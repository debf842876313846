import type { FieldValues, Resolver } from "react-hook-form";
import type * as z4 from "zod/v4/core";
import { whenIdle } from "@/components/ui/when-idle";

/**
 * `zodResolver(schema)`, with the schema (and zod with it) loaded after the page instead of with it:
 * zod is the largest part of a form's JavaScript and nothing checks a field before the first
 * submit. Loading starts when the browser is idle, or at the first check if that comes sooner.
 *
 * `load` must be a module-level function, e.g. `() => import("@/server/schemas/pain").then((m) => m.painReportForm)`.
 */
export function lazyZodResolver<S extends z4.$ZodType<unknown, FieldValues>>(load: () => Promise<S>): Resolver<z4.input<S>, unknown, z4.output<S>> {
  let resolver: Promise<Resolver<z4.input<S>, unknown, z4.output<S>>> | undefined;
  const get = () =>
    (resolver ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<z4.input<S>, unknown, z4.output<S>>,
    ).catch((err: unknown) => {
      resolver = undefined;
      throw err;
    }));
  if (typeof window !== "undefined") whenIdle(() => void get().catch(() => {}));
  return (values, context, options) => get().then((r) => r(values, context, options));
}
