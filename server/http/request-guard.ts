/**
 * Checks on a tRPC request before any procedure runs. Browsers mark where a request comes from
 * (Sec-Fetch-Site, Origin); a cross-site form or fetch carrying the session cookie is refused, and
 * only JSON bodies are accepted, which a plain HTML form cannot send.
 */
export type GuardRefusal = { status: number; code: string; message: string };

export function expectedOrigin(req: Request, configured: string | undefined): string {
  if (configured) return new URL(configured).origin;
  return new URL(req.url).origin;
}

export function checkTrpcRequest(req: Request, origin: string): GuardRefusal | null {
  if (req.method !== "POST") {
    return { status: 405, code: "METHOD_NOT_SUPPORTED", message: "Use POST: health data never travels in a URL." };
  }
  const site = req.headers.get("sec-fetch-site");
  const from = req.headers.get("origin");
  const crossSite = site ? site !== "same-origin" : from !== null && from !== origin;
  if (crossSite) {
    return { status: 403, code: "FORBIDDEN", message: "Requests from other sites are not accepted." };
  }
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the request as application/json." };
  }
  return null;
}

/** A refusal in the shape tRPC clients read: { error: { message, data: { code, httpStatus } } }. */
export function refusalResponse(r: GuardRefusal): Response {
  return Response.json(
    { error: { message: r.message, code: -32600, data: { code: r.code, httpStatus: r.status } } },
    { status: r.status, headers: { "cache-control": "no-store", ...(r.status === 405 ? { allow: "POST" } : {}) } },
  );
}
