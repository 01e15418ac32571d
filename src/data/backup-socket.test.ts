// The control socket a server hands out backups on, in this process: who may connect, what is left on
// disk, and how the client tells a backup from no server, a stale socket and a transfer cut short.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/database.js";
import { knownMigrations, readBackup } from "./backup-file.js";
import { CONTROL_SOCKET_NAME, controlSocketPath, requestBackup, serveBackups } from "./backup-socket.js";
import type { Database } from "./database.js";

const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
let database: Database;
const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "debrief-control-"));
  dirs.push(dir);
  return dir;
}
beforeAll(async () => {
  if (!onPostgres) database = await createTestDatabase();
});
afterAll(() => database?.close());
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Listens on a socket file and answers every connection with `answer`, as a broken or hostile server might. */
function fakeServer(address: string, answer: (socket: net.Socket) => void): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      // Read on, so that the client's end is seen and the connection closes.
      socket.resume();
      answer(socket);
    });
    server.listen(address, () => resolve(server));
  });
}

describe.skipIf(onPostgres)("the control socket", () => {
  it("hands a backup to the data directory's owner only (mode 0600), and is gone once closed", async () => {
    const dir = tempDir();
    const socket = await serveBackups(dir, database.pglite as PGlite);
    try {
      expect(socket.unavailable).toBeUndefined();
      const stat = statSync(controlSocketPath(dir));
      expect(stat.isSocket()).toBe(true);
      expect(stat.mode & 0o777).toBe(0o600);
      const file = await requestBackup(dir);
      expect(readBackup(file as Buffer, "the backup").manifest.migrations).toBe(knownMigrations().length);
    } finally {
      await socket.close();
    }
    expect(existsSync(controlSocketPath(dir))).toBe(false);
    expect(await requestBackup(dir)).toBeUndefined();
  });

  it("replaces a socket file left by a process that was killed", async () => {
    const dir = tempDir();
    const file = controlSocketPath(dir);
    const child = spawn(process.execPath, [
      "-e",
      `require("net").createServer().listen(${JSON.stringify(file)}, () => console.log("up"))`,
    ]);
    await new Promise<void>((resolve) => child.stdout.on("data", () => resolve()));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(statSync(file).isSocket()).toBe(true);
    // Nobody answers a stale socket: the client says no server runs, so `debrief backup` opens the directory.
    expect(await requestBackup(dir)).toBeUndefined();
    const socket = await serveBackups(dir, database.pglite as PGlite);
    try {
      expect(socket.unavailable).toBeUndefined();
      expect(await requestBackup(dir)).toBeInstanceOf(Buffer);
    } finally {
      await socket.close();
    }
  });

  it("answers a request it does not know with an error, and takes no backup", async () => {
    const dir = tempDir();
    const socket = await serveBackups(dir, database.pglite as PGlite);
    try {
      const answer = await new Promise<string>((resolve) => {
        let text = "";
        const client = net.connect(controlSocketPath(dir), () => client.write("restore\n"));
        client.on("data", (chunk) => {
          text += chunk.toString();
        });
        client.on("end", () => resolve(text));
      });
      expect(JSON.parse(answer)).toEqual({
        ok: false,
        error: 'unknown request "restore" (this socket answers "backup")',
      });
    } finally {
      await socket.close();
    }
  });

  it("reports a backup cut short, and an error the server gives", async () => {
    const dir = tempDir();
    const file = controlSocketPath(dir);
    let server = await fakeServer(file, (socket) =>
      socket.end(`${JSON.stringify({ ok: true, bytes: 1000 })}\n0123456789`),
    );
    await expect(requestBackup(dir)).rejects.toThrow(
      `The backup from the process holding ${dir} was cut short: 10 of 1000 bytes arrived.`,
    );
    await new Promise((resolve) => server.close(resolve));
    server = await fakeServer(file, (socket) => socket.end(`${JSON.stringify({ ok: false, error: "disk full" })}\n`));
    await expect(requestBackup(dir)).rejects.toThrow(`The process holding ${dir} could not take the backup: disk full`);
    await new Promise((resolve) => server.close(resolve));
  });

  it("turns online backups off, saying why, when the data directory's path is too long for a socket", async () => {
    const dir = path.join(tempDir(), "d".repeat(120));
    mkdirSync(dir);
    const socket = await serveBackups(dir, database.pglite as PGlite);
    expect(socket.unavailable).toContain("is longer than the 107 bytes a Unix socket address allows");
    expect(existsSync(controlSocketPath(dir))).toBe(false);
    await socket.close();
  });

  it("reaches a socket whose path is too long for a socket address from inside its directory", async () => {
    const dir = path.join(tempDir(), "d".repeat(120));
    mkdirSync(dir);
    const cwd = process.cwd();
    process.chdir(dir);
    const listening = fakeServer(CONTROL_SOCKET_NAME, (socket) =>
      socket.end(`${JSON.stringify({ ok: true, bytes: 3 })}\nabc`),
    );
    process.chdir(cwd);
    const server = await listening;
    try {
      expect((await requestBackup(dir))?.toString()).toBe("abc");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
