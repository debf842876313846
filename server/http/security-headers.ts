/**
 * Response headers every page and API answer carries. Pure, so the policy is tested without a
 * server; proxy.ts applies it at request time (HSTS depends on the running URL, not the build's).
 *
 * Scripts: a fresh nonce per request with 'strict-dynamic' (Next puts the nonce on its own
 * scripts when it finds it in the request's CSP header), so no inline script of an attacker
 * runs and 'unsafe-eval' is absent in production. Styles keep 'unsafe-inline': React and Radix
 * write style attributes, which nonces cannot cover, and CSS cannot run code.
 */
export function contentSecurityPolicy(opts: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(opts: { csp: string; https: boolean }): Record<string, string> {
  return {
    "content-security-policy": opts.csp,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    // Paths can name records (/triage/cases/<id>): never send them to another site.
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
    ...(opts.https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * The same for API answers (JSON, never rendered as a page): a policy that allows nothing. The
 * tRPC handler sets them itself, so API calls skip the page proxy and its per-request nonce.
 */
export function apiSecurityHeaders(opts: { https: boolean }): Record<string, string> {
  return securityHeaders({ csp: "default-src 'none'; frame-ancestors 'none'", https: opts.https });
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
