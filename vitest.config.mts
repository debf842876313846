import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)), "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)) } },
  test: {
    // Session cookies in tests are signed with this; the app generates its own on first start.
    env: { NEXTAUTH_SECRET: "test-only-secret-0123456789abcdef0123456789abcdef", LOG_LEVEL: "silent" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["server/**/*.test.ts", "db/seed/**/*.test.ts", "components/**/*.test.ts"], exclude: ["**/*.db.test.ts", "node_modules/**"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own database copy (PGlite is ~700 MB): two at a time fit in CI's memory.
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
