// Reads a debrief-history file (JSON Lines, gzip-compressed or not, told apart by the gzip magic bytes)
// from any byte stream, validating every line as it goes. Nothing touches the database here.

import { pipeline, Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { Problem } from "../../domain/errors.js";
import { HistoryCollector } from "../../domain/history/collect.js";

export interface ReadProgress {
  phase: "reading";
  lines: number;
  bytes: number;
}

export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
}

const MAX_LINE_CHARS = 16 * 1024 * 1024;

export async function readHistory(
  source: AsyncIterable<Buffer | string>,
  options: ReadOptions = {},
): Promise<HistoryCollector> {
  const collector = new HistoryCollector();
  const counted = countBytes(source);
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let line = 0;
  let lastReport = 0;
  const take = (raw: string) => {
    line++;
    // Some editors start a UTF-8 file with a byte-order mark; it is not part of the first record.
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.length > MAX_LINE_CHARS) {
      collector.report({
        line,
        field: "(line)",
        message: `expected a line of at most ${MAX_LINE_CHARS} characters, got ${text.length}`,
      });
      collector.lines = line;
    } else collector.addLine(text.endsWith("\r") ? text.slice(0, -1) : text, line);
  };
  for await (const chunk of decompressIfGzip(counted.stream)) {
    options.signal?.throwIfAborted();
    pending += decoder.write(chunk);
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      take(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    if (options.onProgress && line - lastReport >= 20_000) {
      lastReport = line;
      options.onProgress({ phase: "reading", lines: line, bytes: counted.bytes() });
    }
  }
  pending += decoder.end();
  if (pending !== "") take(pending);
  options.onProgress?.({ phase: "reading", lines: line, bytes: counted.bytes() });
  return collector;
}

function countBytes(source: AsyncIterable<Buffer | string>) {
  let bytes = 0;
  async function* stream() {
    for await (const chunk of source) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      bytes += buffer.length;
      yield buffer;
    }
  }
  return { stream: stream(), bytes: () => bytes };
}

async function* decompressIfGzip(source: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  // Two bytes decide it; a stream may deliver them one at a time.
  while (head.length < 2) {
    const next = await source.next();
    if (next.done) {
      if (head.length > 0) yield head;
      return;
    }
    head = Buffer.concat([head, next.value]);
  }
  async function* whole() {
    yield head;
    yield* source;
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* whole();
    return;
  }
  // pipeline, not pipe: an error of the source (a cancelled upload, a size limit) must end the gunzip too.
  const gunzip = pipeline(Readable.from(whole()), createGunzip(), () => {});
  try {
    yield* gunzip;
  } catch (error) {
    if (isZlibError(error)) {
      throw new Problem(
        "invalid",
        `The file is not a valid gzip file (${(error as Error).message}); nothing was imported.`,
      );
    }
    throw error;
  }
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && code.startsWith("Z_");
}
