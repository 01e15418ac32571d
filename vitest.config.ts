// `npm test` runs every project below:
// - unit: domain logic and API tests (through the real app with `inject`) on in-memory PGlite;
// - postgres: the same API tests again on a real PostgreSQL server, when TEST_DATABASE_URL is set;
// - e2e: the browser tests, driving Debian's Chromium through playwright-core against the built app;
// - e2e-postgres: the browser tests again with the server on PostgreSQL, when TEST_DATABASE_URL is set.
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// bench/: the load `npm run bench` drives, run briefly so that it keeps working.
const apiTests = ["src/**/*.test.ts", "bench/**/*.test.ts"];
const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

const browserTests = {
  include: ["e2e/**/*.e2e.ts"],
  globalSetup: ["e2e/support/global-setup.ts"],
  testTimeout: 120_000,
  hookTimeout: 180_000,
  fileParallelism: false,
};

const projects: TestProjectInlineConfiguration[] = [
  {
    test: { name: "unit", include: apiTests, globalSetup: ["src/test/global-setup.ts"], ...timeouts },
  },
  { test: { name: "e2e", ...browserTests } },
];

if (process.env.TEST_DATABASE_URL) {
  projects.push({
    // The browser tests again, each server on its own database on the PostgreSQL server.
    test: { name: "e2e-postgres", ...browserTests, env: { DEBRIEF_TEST_DRIVER: "postgres" } },
  });
  projects.push({
    test: {
      name: "postgres",
      include: apiTests,
      globalSetup: ["src/test/global-setup-postgres.ts"],
      ...timeouts,
      // Tells the test database factory to use the server (src/test/database.ts).
      env: { DEBRIEF_TEST_DRIVER: "postgres" },
    },
  });
}

export default defineConfig({ test: { projects } });
