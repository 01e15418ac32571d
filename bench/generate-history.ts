// Makes a debrief-history file at the seed's scale by repeating the sample's shape: each copy renames
// the candidates and interviews, and spreads the interviews over five times as many interviewers, so
// the file has about 1,000 interviewers, 28,000 candidates, 110,000 interviews and 980,000 events.

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";

export const SAMPLE = new URL("../../shared/data/sample-history.jsonl.gz", import.meta.url).pathname;

export async function generateHistory(out: string, copies = 7, interviewerCopies = 5): Promise<void> {
  const lines: Record<string, unknown>[] = [];
  for await (const text of createInterface({ input: createReadStream(SAMPLE).pipe(createGunzip()) })) {
    if (text.trim()) lines.push(JSON.parse(text));
  }
  const gzip = createGzip({ level: 1 });
  const file = gzip.pipe(createWriteStream(out));
  const write = async (record: unknown) => {
    if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, "drain");
  };
  await write({ type: "meta", format: "debrief-history", version: 1, source: `sample x${copies}` });
  const ivr = (id: unknown, k: number) => `${id}-${k % interviewerCopies}`;
  for (let k = 0; k < interviewerCopies; k++) {
    for (const r of lines) {
      if (r.type === "interviewer") await write({ ...r, id: ivr(r.id, k), email: `${k}.${r.email}` });
    }
  }
  for (const r of lines) if (r.type === "question") await write(r);
  for (let k = 0; k < copies; k++) {
    for (const r of lines) {
      if (r.type === "candidate") await write({ ...r, id: `${r.id}-${k}`, email: `${k}.${r.email}` });
      else if (r.type === "interview") {
        await write({
          ...r,
          id: `${r.id}-${k}`,
          candidateId: `${r.candidateId}-${k}`,
          interviewerId: ivr(r.interviewerId, k),
        });
      } else if (r.type === "outcome" || r.type === "offer")
        await write({ ...r, candidateId: `${r.candidateId}-${k}` });
    }
  }
  gzip.end();
  await once(file, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "/tmp/debrief-seed-scale.jsonl.gz";
  await generateHistory(out, Number(process.argv[3] ?? 7));
  console.log(out);
}
