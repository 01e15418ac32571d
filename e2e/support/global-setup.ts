// Runs once before the browser tests: builds the server and the web app so the tests drive the current
// code, and checks that Debian's Chromium is installed (playwright-core cannot download browsers here).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath } from "./browser.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default function setup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`The browser tests need Chromium at ${chromiumPath}. Install it with: apt-get install -y chromium`);
  }
  // Both browser projects (embedded and PostgreSQL) share one build; global set-ups run in one process.
  if (process.env.DEBRIEF_E2E_BUILT === "1") return;
  // Vitest runs with NODE_ENV=test, which would make Vite build React's development bundle: the tests
  // drive (and time) the production build that people get.
  execSync("npm run build", {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  process.env.DEBRIEF_E2E_BUILT = "1";
}
