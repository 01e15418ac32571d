// Steps several browser tests share, written the way a person does them.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export interface Account {
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

export const admin: Account = {
  organizationName: "Acme Engineering",
  name: "Ada Lovelace",
  email: "ada@acme.test",
  password: "correct horse battery",
};

/** On a fresh instance: the first visit shows set-up; creating the organisation lands on home. */
export async function setUpOrganization(page: Page, account: Account = admin): Promise<void> {
  await page.goto("/");
  await page.getByRole("heading", { name: "Set up Debrief" }).waitFor();
  await page.getByLabel("Organisation name").fill(account.organizationName);
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await waitForHome(page, account.name);
}

export async function waitForHome(page: Page, name: string): Promise<void> {
  const firstName = name.split(" ")[0];
  await page.getByRole("heading", { name: new RegExp(`^Good (morning|afternoon|evening), ${firstName}$`) }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/");
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByLabel(/^Password/).press("Enter");
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Account: / }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

export async function goTo(page: Page, linkName: string, heading: string): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: linkName, exact: true }).click();
  await page.getByRole("heading", { name: heading, exact: true, level: 1 }).waitFor();
}

/** Whether the page is wider than the screen (a phone would scroll sideways). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
