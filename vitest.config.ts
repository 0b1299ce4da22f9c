import { defineConfig } from "vitest/config";

// Two cores on CI: forks keep PGlite instances isolated per file; long timeouts because
// a fresh PGlite database takes seconds to create.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
