// The `debrief` command as a person runs it, on the embedded database (and on PostgreSQL in the
// postgres project, through DATABASE_URL like the server).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../data/database.js";
import { createTestDatabase } from "../test/database.js";
import { runDebrief } from "../test/process.js";

const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
const dataDir = mkdtempSync(path.join(tmpdir(), "debrief-cli-"));
let server: Database | undefined;
let env: Record<string, string> = {};

beforeAll(async () => {
  if (onPostgres) {
    server = await createTestDatabase();
    env = { DATABASE_URL: server.target.kind === "server" ? server.target.url : "" };
  } else {
    env = { DEBRIEF_DATA_DIR: dataDir };
  }
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function debrief(...args: string[]) {
  const command = runDebrief(args, env);
  const code = await command.exited;
  return { code, output: command.output() };
}

describe("debrief", () => {
  it("migrates the database it is pointed at", async () => {
    const { code, output } = await debrief("migrate");
    expect(code).toBe(0);
    expect(output).toContain(onPostgres ? "Migrations applied to PostgreSQL at" : `embedded PostgreSQL in ${dataDir}`);
  });

  it("creates an organisation with its admin, who can then sign in", async () => {
    const { code, output } = await debrief(
      "org",
      "create",
      "Northwind Hiring",
      "--admin-email",
      "nora@northwind.test",
      "--admin-password",
      "a long enough password",
      "--json",
    );
    expect(code, output).toBe(0);
    const result = JSON.parse(output);
    expect(result).toMatchObject({
      organization: { name: "Northwind Hiring" },
      admin: { email: "nora@northwind.test", name: "nora", role: "admin" },
    });

    const { openDatabase } = await import("../data/database.js");
    const { signIn } = await import("../features/auth/sign-in.js");
    const database = server ?? (await openDatabase({ kind: "embedded", dataDir }));
    try {
      const session = await signIn(database.db, { email: "nora@northwind.test", password: "a long enough password" });
      expect(session.organization.orgId).toBe(result.organization.id);
    } finally {
      if (!server) await database.close();
    }
  });

  it("names each bad argument and exits with 2, changing nothing", async () => {
    const { code, output } = await debrief("org", "create", "", "--admin-email", "nope", "--admin-password", "short");
    expect(code).toBe(2);
    expect(output).toContain("NAME: expected a name");
    expect(output).toContain("--admin-email: expected an email address");
    expect(output).toContain("--admin-password: expected at least 10 characters");
  });

  it("says which option is missing", async () => {
    const { code, output } = await debrief("org", "create", "Acme");
    expect(code).not.toBe(0);
    expect(output).toContain("required option '--admin-email <email>' not specified");
  });
});
