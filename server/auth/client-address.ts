/**
 * The caller's address, as the nearest hop saw it: the last X-Forwarded-For entry. `next start`
 * fills the header from the socket when it is absent, and a reverse proxy in front (nginx's
 * $proxy_add_x_forwarded_for, Caddy, Traefik) appends the real client, so the last entry is
 * the one a client cannot choose. Without a proxy a client can send its own header: see
 * SECURITY.md (the per-account limit holds either way).
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  if (!value) return null;
  const last = value.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ? last.slice(0, 64) : null;
}
