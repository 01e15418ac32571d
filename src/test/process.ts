// Runs the `debrief` command from source in a child process, as a person would run it.
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect } from "vitest";

const cli = path.resolve(import.meta.dirname, "../cli/main.ts");

export interface RunningCommand {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export function runDebrief(args: string[], env: Record<string, string | undefined> = {}): RunningCommand {
  const child = spawn(process.execPath, ["--import", "tsx", cli, ...args], {
    env: { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}

/** Waits until the server answers /healthz with 200, or fails with what the process printed. */
export async function waitUntilHealthy(baseUrl: string, command: RunningCommand, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void command.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`debrief exited with ${exitCode}:\n${command.output()}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`debrief did not become healthy in ${timeoutMs} ms:\n${command.output()}`);
}

/**
 * POSTs JSON to a running server and expects a 2xx: the answer's body, and the session cookie it set, if any
 * (`name=value`, ready to send back).
 */
export async function postJson(base: string, url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, `${url}: ${text}`).toBeLessThan(300);
  const session = response.headers.getSetCookie().find((c) => c.startsWith("debrief_session="));
  return { body: JSON.parse(text) as Record<string, unknown>, cookie: session?.split(";")[0] ?? "" };
}
