import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "../http/security-headers";

describe("security headers", () => {
  it("production CSP: no eval, scripts only by nonce, never framed", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false, https: true });
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/script-src 'self' 'nonce-abc' 'strict-dynamic'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("development allows eval for React's dev tools, and plain HTTP gets no upgrade", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: true, https: false });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("HSTS only over HTTPS; nosniff, DENY and a same-origin referrer always", () => {
    const https = securityHeaders({ csp: "x", https: true });
    expect(https["strict-transport-security"]).toMatch(/max-age=\d{8}/);
    const http = securityHeaders({ csp: "x", https: false });
    expect(http["strict-transport-security"]).toBeUndefined();
    expect(http["x-content-type-options"]).toBe("nosniff");
    expect(http["x-frame-options"]).toBe("DENY");
    expect(http["referrer-policy"]).toBe("same-origin");
  });

  it("a fresh nonce every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
