// From release to the candidate's inbox for real: the release queues the message, pg-boss hands it to an
// SMTP server running in this process, and the link in the message as it arrived lets the candidate in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningJobs, startJobs } from "../../jobs/boss.js";
import type { Jobs } from "../../jobs/jobs.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { releasedInterview } from "../../test/released-interview.js";
import { plainText, TestSmtpServer } from "../../test/smtp-server.js";

const smtp = new TestSmtpServer();
let t: TestApp;
let running: RunningJobs | undefined;
let recruiter: SignedUp;
let interviewer: SignedUp;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

beforeAll(async () => {
  await smtp.start();
  // The app asks the jobs started below, once they run (as `debrief serve` does).
  const jobs: Jobs = { deliverEmail: async (emails) => running?.jobs.deliverEmail(emails) };
  t = await buildTestApp(
    { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, EMAIL_FROM: "Debrief <debrief@example.test>" },
    { jobs },
  );
  running = await startJobs({ database: t.database, config: t.config, log: quiet, pollingIntervalSeconds: 0.5 });
  const admin = await signUpOrganization(t.app, "Mailing Co");
  recruiter = await addPerson(t.app, admin, "recruiter");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(async () => {
  await running?.stop();
  await t?.close();
  await smtp.stop();
});

async function arrived(to: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = smtp.received.find((m) => m.to.includes(to));
    if (message) return message;
    if (Date.now() > deadline) throw new Error(`nothing arrived for ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the feedback email over SMTP", () => {
  it("arrives after the release, plain text, with a link that lets the candidate in", async () => {
    const run = await releasedInterview(
      t.app,
      { recruiter, interviewer },
      { candidateName: "Mo Mailed", email: "mo@example.test" },
    );
    expect(run.release).toMatchObject({ share: { email: { to: "mo@example.test", status: "queued" } } });
    const message = await arrived("mo@example.test");
    expect(message.from).toBe("debrief@example.test");
    expect(message.raw).toContain("Subject: Your interview feedback from Mailing Co");
    expect(message.raw).toMatch(/Content-Type: text\/plain/i);
    const text = plainText(message.raw);
    expect(text).toContain("Hello Mo,");
    const link = /https?:\/\/\S+\/c\/(\S+)/.exec(text);
    expect(link?.[1]).toBe(run.token);

    const entered = await t.app.inject({
      method: "POST",
      url: `/c/${link?.[1]}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "",
    });
    expect(entered.statusCode).toBe(303);
    const emails = await t.app.inject({
      url: `/api/interviews/${run.interviewId}/candidate-links`,
      headers: recruiter.headers,
    });
    expect(emails.json().links[0].lastUsedAt).not.toBeNull();
  });
});
