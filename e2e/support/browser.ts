import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";
const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../screenshots");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * A fresh browser profile (its own cookies) pointed at one Debrief. `serviceWorkers: "block"` is for tests
 * that make the API unreachable with page.route, which does not see the requests a service worker makes.
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 800 },
  options: { serviceWorkers?: "allow" | "block" } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport, permissions: [], ...options });
  context.setDefaultTimeout(15_000);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true, animations: "disabled" });
}
