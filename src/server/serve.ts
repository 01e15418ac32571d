// Starts Debrief: open and migrate the database, start the background jobs, listen, and on SIGTERM or
// SIGINT stop taking requests, finish those in flight, stop the jobs, and close the database cleanly.
import { serveBackups } from "../data/backup-socket.js";
import { openDatabase } from "../data/database.js";
import { type RunningJobs, startJobs } from "../jobs/boss.js";
import type { Jobs } from "../jobs/jobs.js";
import { scheduledJobs } from "../jobs/scheduled.js";
import { buildApp } from "./app.js";
import type { Config } from "./config.js";
import { loggerOptions } from "./logging.js";

export async function serve(config: Config) {
  const database = await openDatabase(config.database);
  let app: Awaited<ReturnType<typeof buildApp>>;
  let background: RunningJobs | undefined;
  // The jobs log through the app's logger, so they start once the app is built; no request arrives before
  // listen(), by which time they run. (Were one to, what it queued would wait for the sweep.)
  const jobs: Jobs = { deliverEmail: async (emails) => background?.jobs.deliverEmail(emails) };
  try {
    await database.migrate();
    app = await buildApp({
      database,
      config,
      jobs,
      logger: loggerOptions(config.logLevel),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  try {
    background = await startJobs({ database, config, log: app.log, scheduled: scheduledJobs });
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  // `debrief backup` asks this process for a consistent copy, since no other may open the data directory.
  const backups =
    config.database.kind === "embedded" && database.pglite
      ? await serveBackups(config.database.dataDir, database.pglite)
      : undefined;
  if (backups?.unavailable) app.log.warn(backups.unavailable);
  app.log.info(
    config.smtpUrl
      ? `Email goes out over SMTP (${smtpServerOf(config.smtpUrl)}) from ${config.emailFrom}`
      : "Email stays in the outbox admins read in the app: set SMTP_URL to send it",
  );

  let stopping = false;
  // A keep-alive connection that carried a request in flight would hold the server open after that
  // request finished; telling the client to close it lets shutdown complete.
  app.addHook("onSend", async (_request, reply, payload) => {
    if (stopping) reply.header("connection", "close");
    return payload;
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping: finishing requests in flight");
    try {
      await app.close();
    } finally {
      // The jobs stop before the database closes: a send in progress records its outcome first.
      await background?.stop().catch((error) => app.log.error({ err: error }, "stopping the background jobs failed"));
      await backups?.close();
      await database.close();
      app.log.info("stopped");
    }
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await background.stop();
    await backups?.close();
    await database.close();
    throw error;
  }
  app.log.info(`Debrief is running at ${config.publicUrl} on ${database.describe()}`);
  return { app, database, stop };
}

/** The SMTP server for the log: where it is, never its credentials. */
function smtpServerOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "an SMTP server";
  }
}
