// What most browser test files start with: their own Debrief server, a browser, and a page signed in as
// the admin of a freshly set-up organisation; all of it closed when the file is done.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, newContext } from "./browser.js";
import { setUpOrganization } from "./flows.js";
import { type RunningServer, startServer } from "./server.js";

export interface SignedInSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * Registers the hooks that start and stop the session; its fields are there from the first beforeAll on
 * (hooks run in the order they are registered, so call this before the file's own).
 */
export function signedInSession(options: { serviceWorkers?: "allow" | "block" } = {}): SignedInSession {
  const session = {} as SignedInSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
    session.context = await newContext(session.browser, session.server.baseUrl, undefined, options);
    session.page = await session.context.newPage();
    await setUpOrganization(session.page);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
