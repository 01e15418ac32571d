import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.js";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "debrief-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the data directory lock", () => {
  it("refuses a second holder, naming the directory and the process that holds it", async () => {
    const dir = tempDir();
    const lock = await lockDataDir(dir);
    const error = await lockDataDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect((error as DataDirInUseError).holder?.pid).toBe(process.pid);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain(`process ${process.pid}`);
    await lock.release();
    const again = await lockDataDir(dir);
    await again.release();
  });

  it("locks each directory on its own", async () => {
    const first = await lockDataDir(tempDir());
    const second = await lockDataDir(tempDir());
    await Promise.all([first.release(), second.release()]);
  });

  it("is freed by the kernel when its holder is killed", async () => {
    const dir = tempDir();
    const modulePath = path.resolve(import.meta.dirname, "data-dir-lock.ts");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `const { lockDataDir } = await import(${JSON.stringify(modulePath)}); await lockDataDir(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => d.toString().includes("locked") && resolve()),
    );
    const refused = await lockDataDir(dir).catch((e: unknown) => e);
    expect((refused as DataDirInUseError).holder?.pid).toBe(child.pid);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const lock = await lockDataDir(dir);
    await lock.release();
  });
});
