// How `debrief backup` gets a copy from the server that holds the data directory (which nobody else may
// open): over a Unix socket file inside the data directory, mode 0600, so only the directory's owner can
// ask. (The data-directory lock is an abstract socket, which has no permissions: anyone on the machine
// could connect to it, so it only ever says who holds the lock.)
//
// The protocol: the client sends one line, `backup`; the server answers one line of JSON,
// {"ok":true,"bytes":N} followed by the N bytes of the backup file, or {"ok":false,"error":"..."}, and
// closes the connection.
import { chmodSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { Problem } from "../domain/errors.js";
import { dumpBackup } from "./backup-file.js";

export const CONTROL_SOCKET_NAME = ".debrief-control.sock";
// sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included; a longer path is
// silently cut short by bind(), which would put the socket somewhere else.
const MAX_SOCKET_PATH = process.platform === "linux" ? 107 : 103;
const MAX_REQUEST = 256;
const MAX_HEADER = 64 * 1024;

export const controlSocketPath = (dataDir: string) => path.join(path.resolve(dataDir), CONTROL_SOCKET_NAME);

export interface BackupSocket {
  path: string;
  /** Why this process takes no backups over the socket, when it does not. */
  unavailable?: string;
  close(): Promise<void>;
}

interface Header {
  ok: boolean;
  bytes?: number;
  error?: string;
}

/**
 * Takes backup requests on the data directory's control socket. Call it only while holding the data
 * directory's lock: a socket file already there was left by a process that died, and is replaced. It never
 * throws: when the socket cannot be made, the database still runs, and `unavailable` says why.
 */
export async function serveBackups(dataDir: string, pglite: PGlite): Promise<BackupSocket> {
  const file = controlSocketPath(dataDir);
  const nothing = async () => {};
  // Too long an absolute path may still fit relative to the working directory (the server never changes it).
  const relative = path.relative(process.cwd(), file);
  const address = fits(file) ? file : fits(relative) ? relative : undefined;
  if (!address) {
    const unavailable =
      `online backups are off: the control socket's path ${file} is longer than the ${MAX_SOCKET_PATH} bytes a Unix ` +
      "socket address allows; a shorter data directory path turns them on (`debrief backup` still works with the server stopped)";
    return { path: file, unavailable, close: nothing };
  }
  const connections = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
    answer(socket, pglite);
  });
  // Like the lock, the socket must never keep the process alive on its own.
  server.unref();
  try {
    rmSync(file, { force: true });
    await listenPrivately(server, address, file);
  } catch (error) {
    server.close();
    const unavailable = `online backups are off: the control socket ${file} could not be made (${(error as Error).message})`;
    return { path: file, unavailable, close: nothing };
  }
  return {
    path: file,
    close: async () => {
      // A backup still on its way is cut off: its client says so and leaves no file behind.
      for (const socket of connections) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(file, { force: true });
    },
  };
}

function fits(address: string): boolean {
  return address.length > 0 && Buffer.byteLength(address) <= MAX_SOCKET_PATH;
}

/** Listens with the socket file created 0600: bind() creates it under the umask, so there is no moment when others may connect. */
function listenPrivately(server: net.Server, address: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    let umask: number | undefined;
    try {
      umask = process.umask(0o177);
    } catch {
      // A worker thread may not change the umask; the chmod below still closes the socket to others.
    }
    try {
      // bind() happens synchronously inside listen(), so the umask is restored before anything else runs.
      server.listen(address, () => {
        server.off("error", reject);
        try {
          chmodSync(file, 0o600);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    } finally {
      if (umask !== undefined) process.umask(umask);
    }
  });
}

function answer(socket: net.Socket, pglite: PGlite) {
  socket.on("error", () => {
    // A client that went away mid-answer: nothing to tell anyone.
  });
  socket.setTimeout(10_000, () => socket.destroy());
  let request = "";
  const onData = (chunk: Buffer) => {
    request += chunk.toString("utf8");
    const end = request.indexOf("\n");
    if (end < 0) {
      if (request.length > MAX_REQUEST) {
        socket.off("data", onData);
        reply(socket, { ok: false, error: "the request is not one short line" });
      }
      return;
    }
    socket.off("data", onData);
    socket.setTimeout(0);
    void respond(socket, request.slice(0, end).trim(), pglite);
  };
  socket.on("data", onData);
}

async function respond(socket: net.Socket, request: string, pglite: PGlite) {
  if (request !== "backup") {
    reply(socket, { ok: false, error: `unknown request "${request.slice(0, 40)}" (this socket answers "backup")` });
    return;
  }
  let file: Buffer;
  try {
    ({ file } = await dumpBackup(pglite));
  } catch (error) {
    reply(socket, { ok: false, error: (error as Error).message });
    return;
  }
  if (socket.destroyed) return;
  socket.write(`${JSON.stringify({ ok: true, bytes: file.length } satisfies Header)}\n`);
  socket.end(file);
}

function reply(socket: net.Socket, header: Header) {
  if (!socket.destroyed) socket.end(`${JSON.stringify(header)}\n`);
}

/**
 * Asks the process holding the data directory for a backup. Answers the backup file's bytes, or undefined
 * when no process listens on the data directory's control socket (none runs, or one that died left it).
 */
export function requestBackup(dataDir: string): Promise<Buffer | undefined> {
  const file = controlSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    let socket: net.Socket;
    try {
      socket = connect(file);
    } catch (error) {
      reject(error);
      return;
    }
    let connected = false;
    let pending = Buffer.alloc(0);
    let header: Header | undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    const fail = (message: string) => {
      socket.destroy();
      reject(new Problem("conflict", message));
    };
    socket.once("connect", () => {
      connected = true;
      socket.write("backup\n");
    });
    socket.on("data", (chunk: Buffer) => {
      if (header) {
        chunks.push(chunk);
        received += chunk.length;
        return;
      }
      pending = Buffer.concat([pending, chunk]);
      const end = pending.indexOf(10);
      if (end < 0) {
        if (pending.length > MAX_HEADER) fail(`${file} answered something other than Debrief's backup protocol.`);
        return;
      }
      try {
        header = JSON.parse(pending.subarray(0, end).toString("utf8")) as Header;
      } catch {
        fail(`${file} answered something other than Debrief's backup protocol.`);
        return;
      }
      if (!header.ok) {
        fail(
          `The process holding ${path.dirname(file)} could not take the backup: ${header.error ?? "it did not say why"}`,
        );
        return;
      }
      const rest = pending.subarray(end + 1);
      chunks.push(rest);
      received += rest.length;
    });
    socket.once("end", () => {
      if (!header) fail(`The process holding ${path.dirname(file)} closed its control socket without an answer.`);
      else if (received !== header.bytes)
        fail(
          `The backup from the process holding ${path.dirname(file)} was cut short: ${received} of ${header.bytes} bytes arrived.`,
        );
      else resolve(Buffer.concat(chunks));
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      if (!connected && (error.code === "ENOENT" || error.code === "ECONNREFUSED")) resolve(undefined);
      else if (error.code === "EACCES")
        fail(
          `Only the owner of ${path.dirname(file)} may take a backup while the server runs: ${file} refused this user.`,
        );
      else fail(`The backup over ${file} failed: ${error.message}`);
    });
  });
}

/** Connects to the socket; a path too long for a socket address is reached by name from its directory. */
function connect(file: string): net.Socket {
  if (fits(file)) return net.connect(file);
  const cwd = process.cwd();
  // connect() is issued synchronously inside net.connect, so the working directory is back before anything
  // else of this process runs. (Only the CLI calls this; the server never changes its directory.)
  process.chdir(path.dirname(file));
  try {
    return net.connect(path.basename(file));
  } finally {
    process.chdir(cwd);
  }
}
