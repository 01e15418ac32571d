// Step: the full analytics report for an organisation, timed three times after one warm-up; the median counts.
import { getAnalyticsReport } from "../../src/features/analytics/analytics.js";
import { finish, openTarget } from "./child.js";

const orgId = process.argv[4] as string;
const database = await openTarget();
const times: number[] = [];
let interviews = 0;
for (let run = 0; run < 4; run++) {
  const started = performance.now();
  const report = await getAnalyticsReport(database.db, orgId);
  if (run > 0) times.push(performance.now() - started);
  interviews = report.population.interviews;
}
await database.close();
times.sort((a, b) => a - b);
finish({ ms: times[1], runs: times, interviews });
