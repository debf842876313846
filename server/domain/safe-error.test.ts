import { describe, expect, it } from "vitest";
import { safeError } from "../logger";

describe("errors in the log", () => {
  it("drop the values a failed query carried, keep what helps debugging", () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "users_email_lower_key"'), { code: "23505", detail: "Key (lower(email))=(sam@example.org) already exists." });
    const drizzle = new Error("Failed query: insert into users (email, password_hash) values ($1, $2)\nparams: sam@example.org,$argon2id$v=19$secret", { cause: pg });
    const out = safeError(drizzle);
    const text = JSON.stringify(out);
    expect(text).not.toContain("sam@example.org");
    expect(text).not.toContain("argon2id");
    expect(out.message).toContain("params: [redacted]");
    expect((out.cause as { code: string }).code).toBe("23505");
    expect(out.stack).toContain("at ");
  });

  it("keeps a stack of Key (col)=(value) messages free of the value", () => {
    const out = safeError(new Error("Key (email)=(a@b.c) already exists."));
    expect(out.message).toBe("Key (email)=([redacted]) already exists.");
  });
});
