// Load generator for bench/steps/event-writes.ts: one client per interview, each recording notes as fast
// as the server acknowledges them, for a fixed time. Prints the count and every latency as JSON.
import { randomUUID } from "node:crypto";

const [base, token, seconds, ...interviews] = process.argv.slice(2) as [string, string, string, ...string[]];
const kinds = ["note", "clarifying_question", "mistake", "praise", "hint", "note", "coding_started", "note"];
const deadline = performance.now() + Number(seconds) * 1000;
const latencies: number[] = [];
let count = 0;
let errors = 0;

await Promise.all(
  interviews.map(async (interview) => {
    let seq = 0;
    while (performance.now() < deadline) {
      const kind = kinds[seq % kinds.length] as string;
      const body = {
        clientId: randomUUID(),
        at: Math.min(seq, 86_400),
        kind,
        text: "a note taken during the interview",
        seq: seq++,
        ...(kind === "hint" ? { topic: "approach" } : {}),
      };
      const started = performance.now();
      const response = await fetch(`${base}/api/interviews/${interview}/events`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      if (response.status !== 201) errors++;
      else {
        latencies.push(performance.now() - started);
        count++;
      }
    }
  }),
);
if (errors > 0) {
  console.error(`${errors} event writes failed`);
  process.exit(1);
}
console.log(JSON.stringify({ count, latencies }));
