// Load generator for bench/steps/mixed-load.ts, in a process of its own so that the clients do not share
// the server's event loop: runs the mixed load (bench/mixed-load-driver.ts) and prints its figures, with
// the CPU time the clients spent under the load, as one line of JSON, after a line "started" when the
// set-up is done and the load begins.
import { runMixedLoad } from "./mixed-load-driver.js";

const [baseUrl, email, password, organizationId, ...counts] = process.argv.slice(2) as [string, string, string, string];
const [seconds, readers, writers, analytics] = counts.map(Number) as [number, number, number, number];
let cpuAtStart = process.cpuUsage();
const result = await runMixedLoad({
  baseUrl,
  admin: { email, password, organizationId },
  seconds,
  clients: { readers, writers, analytics },
  onStart: () => {
    cpuAtStart = process.cpuUsage();
    console.log("started");
  },
});
const { user, system } = process.cpuUsage(cpuAtStart);
console.log(JSON.stringify({ ...result, clientCpuMs: (user + system) / 1000 }));
