/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM and data files: load it from node_modules instead of bundling copies.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino"],
  typedRoutes: false,
};

module.exports = nextConfig;
