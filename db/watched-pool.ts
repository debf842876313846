import type postgres from "postgres";

/**
 * A PostgreSQL server that accepts connections but never answers (a hung server, a network path
 * that drops packets, a proxy that lost its upstream) would hold a query, and the request or job
 * waiting on it, forever: postgres.js has no client-side query timeout, and its connection
 * timeout only covers the greeting. A plain time limit would also kill long legitimate work (the
 * scheduled check, an import, an erasure), so the rule here is about answers, not duration:
 *
 * - a query (or transaction) still waiting after `suspectMs` asks the server for `select 1` on a
 *   fresh connection of its own;
 * - any answer within `probeMs`, even an error, means the server is alive and busy: keep waiting,
 *   and ask again every `recheckMs` while the wait goes on;
 * - no answer means the server is not answering: the query fails with DATABASE_NOT_ANSWERING
 *   (callers answer "service unavailable"), and the pool is replaced, so connections stuck on
 *   the silent server do not stay stuck and the app recovers by itself when it answers again.
 *
 * Waiters share one probe at a time, and a probe is only made when something has waited, so an
 * answering database pays one timer per query.
 */
export const NOT_ANSWERING = "DATABASE_NOT_ANSWERING";

export type WatchTiming = { suspectMs: number; probeMs: number; recheckMs: number };

/** Requests fail within about 3.5 s of a silent database, under the 5 s the app promises. */
export const WATCH_TIMING: WatchTiming = { suspectMs: 1500, probeMs: 2000, recheckMs: 2000 };

export class DatabaseNotAnsweringError extends Error {
  readonly code = NOT_ANSWERING;
  constructor() {
    super("The database did not answer.");
  }
}

type Sql = postgres.Sql;
type Tx = postgres.TransactionSql;
type Callback = (tx: Tx) => unknown;

export type WatchedPool = {
  /** The client to give drizzle: postgres.js's own, as far as drizzle uses it. */
  client: Sql;
  /** How many times the pool was replaced (for tests and logs). */
  readonly replacements: number;
  end: (opts?: { timeout?: number }) => Promise<void>;
};

export function watchedPool(opts: {
  open: () => Sql;
  /** True when the server answered (anything); false when it did not within `timeoutMs`. */
  probe: (timeoutMs: number) => Promise<boolean>;
  timing?: WatchTiming;
  onReplace?: () => void;
  /**
   * Run every statement as a prepared statement (postgres.js keeps one per connection and query
   * text). drizzle asks for unnamed ones, which PostgreSQL parses and plans on every execution:
   * for the dashboards' large statements that planning cost more server time than running them
   * (a roster page: 7.0 ms of server CPU unprepared, 2.6 ms prepared).
   */
  prepare?: boolean;
}): WatchedPool {
  const timing = opts.timing ?? WATCH_TIMING;
  let pool = opts.open();
  let replacements = 0;
  let probing: Promise<boolean> | null = null;

  // Off means off: drizzle asks for a named statement for queries the app prepares itself.
  const withPrepare = (o?: postgres.UnsafeQueryOptions) => (opts.prepare === undefined ? o : { ...o, prepare: opts.prepare });
  const answers = () => (probing ??= opts.probe(timing.probeMs).finally(() => (probing = null)));

  const replace = (stuck: Sql) => {
    if (stuck !== pool) return; // another waiter replaced it already
    pool = opts.open();
    replacements++;
    // Rejects whatever still waits on the old pool and closes its connections.
    void stuck.end({ timeout: 0 }).catch(() => {});
    opts.onReplace?.();
  };

  function watch<T>(work: PromiseLike<T>, from: Sql): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const check = async () => {
        const alive = await answers();
        if (settled) return;
        if (alive) {
          timer = setTimeout(() => void check(), timing.recheckMs);
          return;
        }
        settled = true;
        reject(new DatabaseNotAnsweringError());
        replace(from);
      };
      let timer = setTimeout(() => void check(), timing.suspectMs);
      work.then(
        (value) => {
          settled = true;
          clearTimeout(timer);
          resolve(value);
        },
        (err: unknown) => {
          settled = true;
          clearTimeout(timer);
          reject(err);
        },
      );
    });
  }

  // Only what drizzle's postgres-js session calls: unsafe (awaited, or .values()), begin, savepoint.
  const query = (q: postgres.PendingQuery<postgres.Row[]>, from: Sql) => ({
    values: () => watch(q.values(), from),
    then: <A, B>(ok?: (v: postgres.RowList<postgres.Row[]>) => A, fail?: (e: unknown) => B) => watch(q, from).then(ok, fail),
  });
  const inTx = (tx: Tx, from: Sql): Tx =>
    ({
      unsafe: (text: string, params?: never[], o?: postgres.UnsafeQueryOptions) => query(tx.unsafe(text, params, withPrepare(o)), from),
      savepoint: (...args: unknown[]) => {
        const fn = args.pop() as Callback;
        return watch((tx.savepoint as (...a: unknown[]) => Promise<unknown>)(...args, (inner: Tx) => fn(inTx(inner, from))), from);
      },
    }) as unknown as Tx;

  const client = {
    get options() {
      return pool.options;
    },
    unsafe: (text: string, params?: never[], o?: postgres.UnsafeQueryOptions) => {
      const from = pool;
      return query(from.unsafe(text, params, withPrepare(o)), from);
    },
    begin: (...args: unknown[]) => {
      const from = pool;
      const fn = args.pop() as Callback;
      return watch((from.begin as (...a: unknown[]) => Promise<unknown>)(...args, (tx: Tx) => fn(inTx(tx, from))), from);
    },
  } as unknown as Sql;

  return {
    client,
    get replacements() {
      return replacements;
    },
    end: (o) => pool.end(o),
  };
}
