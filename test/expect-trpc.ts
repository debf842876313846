import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a call that must fail with a tRPC error, and returns it for further checks. */
export async function trpcError(call: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  try {
    await call;
  } catch (err) {
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe(code);
    return err as TRPCError;
  }
  throw new Error(`expected ${code}, but the call succeeded`);
}

/** Riverside accounts that are not admins, for "only admins" checks. */
export const RIVERSIDE_NON_ADMINS = ["coach@riverside.example", "physio@riverside.example", "athlete@riverside.example"] as const;
