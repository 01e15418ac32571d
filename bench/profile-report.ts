import { openDatabase } from "../src/data/database.js";
import { buildAnalyticsReport } from "../src/domain/analytics/index.js";
import { loadAnalyticsInput } from "../src/features/analytics/load-analytics-input.js";

const [url, orgId] = [process.argv[2] as string, process.argv[3] as string];
const database = await openDatabase(
  url.startsWith("postgres") ? { kind: "server", url } : { kind: "embedded", dataDir: url },
);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const input = await loadAnalyticsInput(database.db, orgId);
  const load = performance.now() - t;
  t = performance.now();
  buildAnalyticsReport(input);
  console.log(
    `interviews ${input.interviews.length} load ${load.toFixed(0)} ms, build ${(performance.now() - t).toFixed(0)} ms`,
  );
}
await database.close();
