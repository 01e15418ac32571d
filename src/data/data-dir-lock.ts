// One process owns an embedded data directory. The lock is a listening Unix socket: the kernel frees it
// the moment its process dies, however it dies, so there is never a stale lock to clean up by hand, and a
// second process can ask the holder who it is. On Linux the socket lives in the abstract namespace (no
// file at all); elsewhere it is a socket file inside the data directory.
import { createHash } from "node:crypto";
import { realpathSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export interface DataDirLock {
  dataDir: string;
  release(): Promise<void>;
}

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder
      ? `process ${holder.pid} (${holder.command}, since ${holder.startedAt})`
      : "another process that did not say who it is";
    super(
      `The data directory ${dataDir} is in use by ${who}. ` +
        "Only one Debrief process can use an embedded data directory at a time: stop that process, " +
        "or point this one at another directory with --data-dir or DEBRIEF_DATA_DIR.",
    );
    this.name = "DataDirInUseError";
  }
}

function socketAddress(dataDir: string): string {
  if (process.platform === "linux") {
    const digest = createHash("sha256").update(dataDir).digest("hex").slice(0, 40);
    return `\0debrief-data-dir-${digest}`;
  }
  return path.join(dataDir, ".debrief.lock.sock");
}

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const dataDir = realpathSync(dir);
  const address = socketAddress(dataDir);
  const me: LockHolder = {
    pid: process.pid,
    command: process.argv
      .slice(1)
      .map((arg) => path.basename(arg))
      .join(" "),
    startedAt: new Date().toISOString(),
  };
  const server = net.createServer((socket) => {
    socket.end(`${JSON.stringify(me)}\n`);
  });
  // The lock must never keep the process alive on its own.
  server.unref();
  try {
    await listen(server, address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    const holder = await askHolder(address);
    if (holder === "gone" && !address.startsWith("\0")) {
      // A socket file left behind by a process that died: nobody answers it, so it is safe to take over.
      rmSync(address, { force: true });
      return lockDataDir(dir);
    }
    throw new DataDirInUseError(dataDir, holder === "gone" ? undefined : holder);
  }
  return {
    dataDir,
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listen(server: net.Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(address, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function askHolder(address: string): Promise<LockHolder | undefined | "gone"> {
  return new Promise((resolve) => {
    let answer = "";
    const socket = net.connect(address);
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8");
    });
    socket.on("end", () => {
      try {
        resolve(JSON.parse(answer) as LockHolder);
      } catch {
        resolve(undefined);
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      resolve(error.code === "ECONNREFUSED" || error.code === "ENOENT" ? "gone" : undefined);
    });
  });
}
