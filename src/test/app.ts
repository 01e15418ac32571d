// Builds the real application on a fresh test database, and the small factories API tests share.
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Database } from "../data/database.js";
import type { Jobs } from "../jobs/jobs.js";
import { buildApp } from "../server/app.js";
import { type Config, loadConfig } from "../server/config.js";
import type { App } from "../server/context.js";
import { createTestDatabase } from "./database.js";

export interface TestApp {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** `jobs`: background work for the app to ask of (most tests leave it out: nothing runs in the background). */
export async function buildTestApp(env: Record<string, string> = {}, options: { jobs?: Jobs } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: "silent", ...env });
  config.database = database.target;
  const app = await buildApp({
    database,
    config,
    logger: env.LOG_LEVEL ? { level: env.LOG_LEVEL } : false,
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** A unique suffix, so factories never collide within one database. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The request headers that act as the person signed in with this response's session cookie. */
export function sessionOf(response: LightMyRequestResponse): { cookie: string } {
  const cookie = response.cookies.find((c) => c.name === "debrief_session");
  expect(cookie, "the response sets a session cookie").toBeDefined();
  return { cookie: `debrief_session=${cookie?.value}` };
}

export const PASSWORD = "correct horse battery";

export interface SignedUp {
  headers: { cookie: string };
  orgId: string;
  userId: string;
  email: string;
}

let addresses = 0;
/** An address of its own for each sign-up: the tests' organisations are made by different people. */
const signUpAddress = () => {
  addresses++;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
};

export async function signUpOrganization(app: App, name = `Org ${unique()}`): Promise<SignedUp> {
  const email = `admin-${unique()}@example.test`;
  const response = await app.inject({
    method: "POST",
    url: "/api/signup",
    remoteAddress: signUpAddress(),
    payload: { organizationName: name, name: "Ada Admin", email, password: PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json();
  return { headers: sessionOf(response), orgId: body.organization.id, userId: body.user.id, email };
}

/** Invites a person with a role and accepts the invitation as them. */
export async function addPerson(
  app: App,
  admin: SignedUp,
  role: "admin" | "recruiter" | "interviewer",
): Promise<SignedUp> {
  const email = `${role}-${unique()}@example.test`;
  const invited = await app.inject({
    method: "POST",
    url: "/api/invitations",
    headers: admin.headers,
    payload: { email, role },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const accepted = await app.inject({
    method: "POST",
    url: "/api/invitations/accept",
    payload: { token: invited.json().token, name: `Pat ${role}`, password: PASSWORD },
  });
  expect(accepted.statusCode, accepted.body).toBe(201);
  return { headers: sessionOf(accepted), orgId: admin.orgId, userId: accepted.json().user.id, email };
}
