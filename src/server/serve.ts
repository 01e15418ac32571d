// Starts Debrief: open and migrate the database, listen, and on SIGTERM or SIGINT stop taking requests,
// finish those in flight, and close the database cleanly.
import { openDatabase } from "../data/database.js";
import { buildApp } from "./app.js";
import type { Config } from "./config.js";

export async function serve(config: Config) {
  const database = await openDatabase(config.database);
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    await database.migrate();
    app = await buildApp({
      database,
      config,
      logger: {
        level: config.logLevel,
        redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      },
    });
  } catch (error) {
    await database.close();
    throw error;
  }

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
    await database.close();
    throw error;
  }
  app.log.info(`Debrief is running at ${config.publicUrl} on ${database.describe()}`);
  return { app, database, stop };
}
