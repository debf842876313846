import { describe, expect, it } from "vitest";
import { EMBEDDED_CALLS_AT_ONCE, requestGate } from "./request-gate";

const tick = () => new Promise((r) => setTimeout(r, 1));

async function crowd(kind: "pglite" | "postgres", calls: number) {
  const gate = requestGate(kind);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  await Promise.all(
    Array.from({ length: calls }, (_, i) =>
      gate(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await tick();
        running--;
      }),
    ),
  );
  return { most, started };
}

describe("requestGate", () => {
  it("lets two calls at a time reach the embedded database, in the order they came", async () => {
    const { most, started } = await crowd("pglite", 20);
    expect(most).toBe(EMBEDDED_CALLS_AT_ONCE);
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });

  it("starts each call on a turn of the event loop of its own, so I/O is served between calls", async () => {
    const gate = requestGate("pglite");
    const order: string[] = [];
    const calls = [1, 2, 3].map((n) => gate(async () => order.push(`call ${n}`)));
    // Scheduled after both calls: with a turn of their own, the calls come after it.
    setImmediate(() => order.push("other work"));
    await Promise.all(calls);
    expect(order.indexOf("other work")).toBeLessThan(order.indexOf("call 3"));
  });

  it("lets every call through at once on a PostgreSQL server", async () => {
    expect((await crowd("postgres", 20)).most).toBe(20);
  });

  it("passes on the call's answer and its failure, and goes on after a failure", async () => {
    const gate = requestGate("pglite");
    expect(await gate(async () => 42)).toBe(42);
    await expect(gate(async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(await gate(async () => "next")).toBe("next");
  });
});
