#!/usr/bin/env node
// The `debrief` command. It runs the compiled CLI that `npm ci` builds (the package's prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("debrief: the application is not built yet. Run `npm ci` (or `npm run build`) in the project first.");
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
