// Configuration from the environment and the command line, validated once at start-up so that a typo
// stops the process with a message rather than surfacing later as odd behaviour.
import path from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "../data/database.js";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DEBRIEF_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "expected a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DEBRIEF_SIGNUP: z.enum(["open", "closed"]).default("open"),
  DEBRIEF_PUBLIC_URL: z.url().optional(),
  DEBRIEF_SECURE_COOKIES: z.enum(["true", "false", "auto"]).default("auto"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "expected an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DEBRIEF_TRUST_PROXY: z
    .string()
    .regex(
      /^[0-9a-fA-F.:/, ]+$|^(loopback|linklocal|uniquelocal)$/,
      "expected proxy addresses (e.g. 10.0.0.1, 10.0.0.0/8) or loopback",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DEBRIEF_METRICS_TOKEN: z.string().min(16, "expected at least 16 characters").optional(),
  EMAIL_FROM: z.string().min(3).default("Debrief <debrief@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  signup: "open" | "closed";
  /** Where people reach this instance; invitation links are built on it. */
  publicUrl: string;
  secureCookies: boolean;
  /** Where email goes out; without it, messages stay in the outbox admins read in the app. */
  smtpUrl?: string;
  emailFrom: string;
  /**
   * The proxies in front whose X-Forwarded-For is believed. Without it the address is the connection's,
   * so a forged header cannot pass for another client (rate limits count by address).
   */
  trustProxy?: string;
  /** The bearer token /metrics asks of a scraper; without it, only this machine may scrape. */
  metricsToken?: string;
  logLevel: string;
}

export interface ConfigOverrides {
  dataDir?: string;
  port?: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const publicUrl = (e.DEBRIEF_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  const database: DatabaseTarget = e.DATABASE_URL
    ? { kind: "server", url: e.DATABASE_URL }
    : { kind: "embedded", dataDir: path.resolve(overrides.dataDir ?? e.DEBRIEF_DATA_DIR) };
  return {
    port,
    host: e.HOST,
    database,
    signup: e.DEBRIEF_SIGNUP,
    publicUrl,
    secureCookies:
      e.DEBRIEF_SECURE_COOKIES === "auto" ? publicUrl.startsWith("https:") : e.DEBRIEF_SECURE_COOKIES === "true",
    ...(e.SMTP_URL ? { smtpUrl: e.SMTP_URL } : {}),
    emailFrom: e.EMAIL_FROM,
    ...(e.DEBRIEF_TRUST_PROXY ? { trustProxy: e.DEBRIEF_TRUST_PROXY } : {}),
    ...(e.DEBRIEF_METRICS_TOKEN ? { metricsToken: e.DEBRIEF_METRICS_TOKEN } : {}),
    logLevel: e.LOG_LEVEL,
  };
}
