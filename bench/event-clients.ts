// Load generator for bench/steps/event-writes.ts: one client per interview, each on its own keep-alive
// connection, recording notes as fast as the server acknowledges them, for a fixed time. Prints the
// count and every latency as JSON.
//
// It speaks HTTP/1.1 over a bare socket on purpose. The clients share the machine's cores with the server
// and the database, so a heavy client measures itself: here fetch() spent about 27 ms of CPU a request and
// node:http about 0.5 ms, against a few tens of microseconds for this loop. A person's browser is not on the
// server's machine; this keeps the load generator's own cost out of the figure, as wrk would.
import { randomUUID } from "node:crypto";
import net from "node:net";

const [base, token, seconds, ...interviews] = process.argv.slice(2) as [string, string, string, ...string[]];
const { hostname, port } = new URL(base);
const kinds = ["note", "clarifying_question", "mistake", "praise", "hint", "note", "coding_started", "note"];
const deadline = performance.now() + Number(seconds) * 1000;
const latencies: number[] = [];
let count = 0;
let errors = 0;

/** One keep-alive connection that sends a request and resolves with the status of its response. */
function connection() {
  const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
  let buffered = Buffer.alloc(0) as Buffer;
  let waiting: ((status: number) => void) | undefined;
  socket.on("data", (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0 || !waiting) return;
    const head = buffered.subarray(0, headEnd).toString("latin1");
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (buffered.length < headEnd + 4 + length) return;
    buffered = buffered.subarray(headEnd + 4 + length);
    const resolve = waiting;
    waiting = undefined;
    resolve(Number(head.slice(9, 12)));
  });
  const ready = new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return {
    async send(path: string, body: string): Promise<number> {
      await ready;
      const status = new Promise<number>((resolve) => {
        waiting = resolve;
      });
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\nauthorization: Bearer ${token}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return status;
    },
    close: () => socket.end(),
  };
}

await Promise.all(
  interviews.map(async (interview) => {
    const client = connection();
    const path = `/api/interviews/${interview}/events`;
    let seq = 0;
    while (performance.now() < deadline) {
      const kind = kinds[seq % kinds.length] as string;
      const body = JSON.stringify({
        clientId: randomUUID(),
        at: Math.min(seq, 86_400),
        kind,
        text: "a note taken during the interview",
        seq: seq++,
        ...(kind === "hint" ? { topic: "approach" } : {}),
      });
      const started = performance.now();
      const status = await client.send(path, body);
      if (status !== 201) errors++;
      else {
        latencies.push(performance.now() - started);
        count++;
      }
    }
    client.close();
  }),
);
if (errors > 0) {
  console.error(`${errors} event writes failed`);
  process.exit(1);
}
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ count, latencies, clientCpuMs: (user + system) / 1000 }));
