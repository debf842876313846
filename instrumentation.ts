/** Runs once when the server starts: migrate, seed an empty database, start scheduled work. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./server/startup");
  await startServer();
  // For scripts/serve.ts (npm start), which answers tRPC calls ahead of Next with this bundle's handler.
  const { publishTrpcListener } = await import("./server/http/trpc-node");
  publishTrpcListener();
}
