/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM and data files: load it from node_modules instead of bundling copies.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino"],
  typedRoutes: false,
  // The browser gets no Node Buffer polyfill: see components/providers/no-buffer.ts.
  turbopack: { resolveAlias: { "next/dist/compiled/buffer": { browser: "./components/providers/no-buffer.ts" } } },
};

module.exports = nextConfig;
