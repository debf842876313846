import { describe, expect, it } from "vitest";
import { afterFailedAttempt, describeSendError, emailLink, FIRST_RETRY_MS, MAX_ATTEMPTS, MAX_RETRY_MS, retryDelayMs } from "./outbox";

const minute = 60_000;

describe("retryDelayMs", () => {
  it.each([
    [1, 1 * minute],
    [2, 2 * minute],
    [3, 4 * minute],
    [7, 64 * minute],
    [8, 120 * minute],
    [19, 120 * minute],
    [1000, MAX_RETRY_MS],
  ])("after %i failed attempts waits %i ms", (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses %s attempts", (attempts) => {
    expect(() => retryDelayMs(attempts)).toThrow(RangeError);
  });

  it("never shrinks from one attempt to the next", () => {
    for (let n = 1; n < 40; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
  });
});

describe("afterFailedAttempt", () => {
  const now = new Date("2026-03-14T10:00:00Z");

  it("keeps a first failure pending and retries after the first wait", () => {
    expect(afterFailedAttempt(0, now)).toEqual({ status: "pending", attempts: 1, nextAttemptAt: new Date(now.getTime() + FIRST_RETRY_MS) });
  });

  it("keeps the message pending up to the last allowed attempt", () => {
    expect(afterFailedAttempt(MAX_ATTEMPTS - 2, now).status).toBe("pending");
  });

  it("marks the message failed when the last allowed attempt fails", () => {
    expect(afterFailedAttempt(MAX_ATTEMPTS - 1, now)).toEqual({ status: "failed", attempts: MAX_ATTEMPTS, nextAttemptAt: now });
  });

  it("honours a smaller maximum", () => {
    expect(afterFailedAttempt(2, now, 3).status).toBe("failed");
    expect(afterFailedAttempt(1, now, 3).status).toBe("pending");
  });

  it("gives up only after about a day of retries", () => {
    let total = 0;
    for (let n = 1; n < MAX_ATTEMPTS; n++) total += retryDelayMs(n);
    expect(total).toBeGreaterThan(24 * 60 * minute);
  });
});

describe("describeSendError", () => {
  it("puts the error code in front of the first line", () => {
    const err = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525\n    at stack"), { code: "ESOCKET" });
    expect(describeSendError(err)).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:2525");
  });

  it("does not repeat a code already in the message", () => {
    const err = Object.assign(new Error("ECONNREFUSED somewhere"), { code: "ECONNREFUSED" });
    expect(describeSendError(err)).toBe("ECONNREFUSED somewhere");
  });

  it("shortens long messages", () => {
    expect(describeSendError(new Error("x".repeat(1000)))).toHaveLength(300);
    expect(describeSendError("plain")).toBe("plain");
  });
});

describe("emailLink", () => {
  it.each([
    ["https://upright.example", "/triage/cases/c1", "https://upright.example/triage/cases/c1"],
    ["https://upright.example/", "/triage/cases/c1", "https://upright.example/triage/cases/c1"],
    ["http://localhost:3000", "/triage", "http://localhost:3000/triage"],
    [undefined, "/triage/cases/c1", "/triage/cases/c1"],
  ])("%s + %s = %s", (base, path, expected) => {
    expect(emailLink(base, path)).toBe(expected);
  });
});
