/**
 * The embedded database (PGlite) runs each query synchronously on the server's one thread, and Node accepts one
 * new connection per turn of its event loop. A turn that has read twenty calls ran all twenty calls' queries
 * before the next turn, so under a crowd a turn took 0.4 s and a newly opened connection waited one turn per
 * connection ahead of it: at 50 connections some calls waited over 10 s (strace showed one accept4 per turn).
 * Here, calls at the embedded database wait in arrival order and each starts on a turn of its own
 * (setImmediate), so a turn holds little work and new connections are accepted between calls. Two may be in
 * progress at once, so that a call waiting on something else (a password hash on the thread pool) does not
 * hold up the rest. A PostgreSQL server works on its own processes and needs no gate.
 */
import pLimit from "p-limit";
import type { Database } from "../../db/client";

/** Calls in progress at the embedded database at once. */
export const EMBEDDED_CALLS_AT_ONCE = 2;

export type Gate = <T>(work: () => Promise<T>) => Promise<T>;

const open: Gate = (work) => work();

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function requestGate(kind: Database["kind"]): Gate {
  if (kind !== "pglite") return open;
  const limit = pLimit(EMBEDDED_CALLS_AT_ONCE);
  return (work) =>
    limit(async () => {
      await nextTurn();
      return work();
    });
}
