// What every route can reach: the database and the configuration. Typed here so that feature route
// files declare their app parameter in one word.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Database, Db } from "../data/database.js";
import type { Jobs } from "../jobs/jobs.js";
import type { Config } from "./config.js";

export interface AppContext {
  database: Database;
  config: Config;
  jobs: Jobs;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module "fastify" {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** Runs one mutating request's work in one transaction: all of it is stored, or none. */
export function inTransaction<T>(app: { ctx: AppContext }, work: (tx: Db) => Promise<T>): Promise<T> {
  return app.ctx.database.db.transaction((tx) => work(tx as unknown as Db));
}
