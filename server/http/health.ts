/** /api/health: 200 while the database answers, 503 (with a plain word, never a cause) while it does not. */
export async function healthResponse(answers: () => Promise<boolean>): Promise<Response> {
  const ok = await answers();
  return Response.json(ok ? { status: "ok" } : { status: "unavailable", message: "The database is not answering." }, {
    status: ok ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
