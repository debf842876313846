import { env } from "../env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The caller's address, for the per-address sign-in limit and the audit trail, or null when the
 * app cannot know it. X-Forwarded-For is a request header like any other: the server only
 * fills it from the socket when it is missing, so without a reverse proxy in front a client
 * writes whatever it likes there. The app therefore trusts it only when told how many reverse
 * proxies stand in front (TRUST_PROXY, default 0: none, no address). Each proxy appends the
 * address it saw (nginx's $proxy_add_x_forwarded_for, Caddy, Traefik), so with n proxies the
 * n-th entry from the right was written by the outermost one: the real client. Entries further
 * left are the client's own words. See SECURITY.md.
 */
export function clientAddress(headers: HeaderBag, trustedProxies: number = env().TRUST_PROXY): string | null {
  if (trustedProxies < 1) return null;
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  if (!value) return null;
  const entries = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped some of them; the leftmost is the best known.
  const entry = entries[Math.max(0, entries.length - trustedProxies)];
  return entry ? entry.slice(0, 64) : null;
}
