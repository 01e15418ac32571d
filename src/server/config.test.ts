import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("defaults to the embedded database in ./data on port 3000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "embedded", dataDir: path.resolve("data") });
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.secureCookies).toBe(false);
  });

  it("uses a PostgreSQL server when DATABASE_URL is set, and --data-dir otherwise", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@h:5432/d" }).database).toEqual({
      kind: "server",
      url: "postgres://u:p@h:5432/d",
    });
    expect(loadConfig({ DEBRIEF_DATA_DIR: "/x" }, { dataDir: "/y" }).database).toEqual({
      kind: "embedded",
      dataDir: "/y",
    });
  });

  it("marks cookies Secure behind https", () => {
    expect(loadConfig({ DEBRIEF_PUBLIC_URL: "https://debrief.example.com/" })).toMatchObject({
      publicUrl: "https://debrief.example.com",
      secureCookies: true,
    });
  });

  it("names every variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty", DEBRIEF_SIGNUP: "maybe", DATABASE_URL: "mysql://x" })).toThrowError(
      ConfigError,
    );
    try {
      loadConfig({ PORT: "eighty", DEBRIEF_SIGNUP: "maybe", DATABASE_URL: "mysql://x" });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["PORT", "DEBRIEF_SIGNUP", "DATABASE_URL"]) expect(message).toContain(`${name}:`);
    }
  });
});
