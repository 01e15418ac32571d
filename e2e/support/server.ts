// A fresh Debrief per test file: the built app on its own port with its own database (embedded, or a new
// database on the PostgreSQL server in the e2e-postgres project; see database.ts).
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServerDatabase } from "./database.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunningServer {
  baseUrl: string;
  /** Stops the server and removes its data. */
  stop: () => Promise<void>;
  /** Stops the server with SIGTERM (as a deploy or a crash-restart would), keeping its data. */
  kill: () => Promise<void>;
  /** Starts it again on the same port and data. */
  restart: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(): Promise<RunningServer> {
  const database = await createServerDatabase();
  const port = await freePort();
  // 127.0.0.1 rather than localhost: the server listens on IPv4, and localhost may resolve to ::1 first.
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const launch = async () => {
    const { TEST_DATABASE_URL: _ignored, DATABASE_URL: _alsoIgnored, ...env } = process.env;
    const started = spawn(process.execPath, ["bin/debrief.js", "serve"], {
      cwd: repoRoot,
      env: { ...env, ...database.env, PORT: String(port), LOG_LEVEL: "warn", DEBRIEF_PUBLIC_URL: baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = started;
    let output = "";
    started.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    started.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    await waitForHealth(baseUrl, started, () => output);
  };

  const kill = async () => {
    if (child) await stopProcess(child);
    child = null;
  };
  const stop = async () => {
    await kill();
    await database.remove();
  };

  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop, kill, restart: launch };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Debrief exited with ${child.exitCode} while starting:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Debrief did not answer ${baseUrl}/healthz within 60 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
