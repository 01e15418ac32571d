// The permission matrix of docs/permissions.md, walked over every route of the OpenAPI document: each
// credential of one organisation gets what the matrix says (2xx, 403, a 404 that hides the record, or 401),
// and another organisation's admin gets a 404 for every record of the first, exactly like a record that does
// not exist, with nothing changed. A route added without a row here fails the test: decide who may call it.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as policies from "../domain/policies.js";
import {
  addPerson,
  buildTestApp,
  PASSWORD,
  type SignedUp,
  sessionOf,
  signUpOrganization,
  type TestApp,
  unique,
} from "../test/app.js";
import { RELEASED_TEXT, releasedInterview } from "../test/released-interview.js";
import { tableDigest } from "../test/table-digest.js";

/** Who calls: A's people by role, A's admin's API token, the candidate's cookie, and nobody at all. */
const everyone = ["admin", "recruiter", "owner", "otherInterviewer", "token", "candidate", "anonymous"] as const;
type Who = (typeof everyone)[number];
type Person = "admin" | "recruiter" | "owner" | "otherInterviewer";
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const STAFF: Who[] = ["admin", "recruiter", "owner", "otherInterviewer", "token"];
const MANAGERS: Who[] = ["admin", "recruiter", "token"];
const ADMINS: Who[] = ["admin", "token"];
const AUTHORS: Who[] = ["admin", "owner", "otherInterviewer", "token"];
/** Who sees A's interview; to any other interviewer it does not exist. */
const SEES_INTERVIEW: Who[] = [...MANAGERS, "owner"];
const NOT_THEIRS: Who[] = ["otherInterviewer"];

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  payload?: string | object;
  /** Merged over the credential's headers: a fresh session replaces the shared one. */
  headers?: Record<string, string>;
}

interface Route {
  method: Method;
  /** As the OpenAPI document writes it, `{id}` and all. */
  path: string;
  /** What enforces the row (docs/permissions.md names the same). */
  policy: string;
  allowed: Who[];
  /** Refused with a 404 rather than a 403: for them the record does not exist. */
  hidden?: Who[];
  build?: (f: Fixture, who: Who) => Call | Promise<Call>;
}

interface Fixture {
  people: Record<Person, SignedUp>;
  b: SignedUp;
  headers: Record<Who, Record<string, string>>;
  candidateId: string;
  questionId: string;
  questionTitle: string;
  interviewId: string;
  eventId: string;
  snapshotId: string;
  linkToken: string;
  invitationToken: string;
  emailId: string;
  settings: object;
  /** A second released interview of the owner's whose self-assessment is still open to change. */
  open: { interviewId: string; cookie: string };
}

let t: TestApp;
let f: Fixture;

async function call(who: { headers: Record<string, string> }, method: Method, url: string, payload?: object) {
  const response = await t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.body ? response.json() : null;
}

const admin = () => f.people.admin;
const at = "2026-01-15T10:00:00Z";

// Records a call consumes (a DELETE, an accept) are made afresh for each, by A's admin.
const freshOutcome = async () =>
  (await call(admin(), "POST", `/api/candidates/${f.candidateId}/outcomes`, { at, passed: false })).id as string;
const freshOffer = async () =>
  (await call(admin(), "POST", `/api/candidates/${f.candidateId}/offers`, { at, accepted: false, feedbackGiven: true }))
    .id as string;
const freshInvitation = async () =>
  (await call(admin(), "POST", "/api/invitations", { email: `inv-${unique()}@example.test`, role: "interviewer" })) as {
    id: string;
    token: string;
  };
const freshToken = async () => (await call(admin(), "POST", "/api/tokens", { name: `t-${unique()}` })).id as string;
const freshTopic = async () =>
  (await call(admin(), "POST", "/api/hint-topics", { label: `Topic ${unique()}` })).slug as string;
const freshLink = async () =>
  (await call(admin(), "POST", `/api/interviews/${f.interviewId}/candidate-links`, { sendEmail: false })).link
    .id as string;

async function freshSession(person: SignedUp): Promise<{ cookie: string }> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/session",
    payload: { email: person.email, password: PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  return sessionOf(response);
}

/** Exchanges a candidate link for the cookie, as the link's page does. */
async function candidateCookie(token: string): Promise<string> {
  const response = await t.app.inject({
    method: "POST",
    url: `/c/${token}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "",
  });
  expect(response.statusCode, response.body).toBe(303);
  const cookie = response.cookies.find((c) => c.name === "debrief_candidate");
  return `debrief_candidate=${cookie?.value}`;
}

/** Places or lifts A's legal hold directly, so that each call of the hold's routes starts from one state. */
async function setLegalHold(hold: object | null) {
  await t.database.executeSql("update organizations set legal_hold = $1 where org_id = $2", [
    hold === null ? null : JSON.stringify(hold),
    admin().orgId,
  ]);
}

const isPerson = (who: Who): who is Person => who in f.people;
const selfView = { scores: { problemSolving: 2, codeQuality: 2, communication: 3 }, overall: 2, thinksPassed: false };
const assessment = (snapshotId: string) => ({
  checklist: [],
  scores: { problemSolving: 3, codeQuality: 2, communication: 3 },
  overall: 2,
  advance: false,
  annotations: [{ snapshotId, startLine: 4, endLine: 5, kind: "went_astray", comment: "Overlaps are never merged." }],
  scoreReasons: {
    problemSolving: "You found a working approach for the first layer without a hint.",
    codeQuality: "The merge step was missing, and names like s and e hid what the loop did.",
  },
});
const interview = (more: Call = {}) => ({ ...more, params: { id: f.interviewId, ...more.params } });

const routes: Route[] = [
  // Session and account
  { method: "GET", path: "/healthz", policy: "public", allowed: [...everyone] },
  { method: "GET", path: "/api/setup", policy: "public", allowed: [...everyone] },
  {
    method: "POST",
    path: "/api/signup",
    policy: "public (DEBRIEF_SIGNUP)",
    allowed: [...everyone],
    build: () => ({
      payload: { organizationName: `Org ${unique()}`, name: "Sam", email: `s-${unique()}@x.test`, password: PASSWORD },
    }),
  },
  {
    method: "POST",
    path: "/api/session",
    policy: "public",
    allowed: [...everyone],
    build: () => ({ payload: { email: f.people.recruiter.email, password: PASSWORD } }),
  },
  {
    method: "DELETE",
    path: "/api/session",
    policy: "public: ends the cookie's own session",
    allowed: [...everyone],
    // Signing out ends the session: each person signs out of a session of their own.
    build: async (_, who) => (isPerson(who) ? { headers: await freshSession(f.people[who]) } : {}),
  },
  { method: "GET", path: "/api/me", policy: "requirePrincipal", allowed: STAFF },

  // People and invitations
  { method: "GET", path: "/api/people", policy: "canSeePeople", allowed: MANAGERS },
  {
    method: "GET",
    path: "/api/people/{id}",
    policy: "canSeePeople, or oneself (in the route)",
    // The person asked about is the other interviewer: they may read their own record, the owner may not.
    allowed: [...MANAGERS, "otherInterviewer"],
    build: () => ({ params: { id: f.people.otherInterviewer.userId } }),
  },
  {
    method: "PATCH",
    path: "/api/people/{id}",
    policy: "canManagePeople",
    allowed: ADMINS,
    build: () => ({ params: { id: f.people.otherInterviewer.userId }, payload: { role: "interviewer" } }),
  },
  { method: "GET", path: "/api/invitations", policy: "canInvitePeople", allowed: ADMINS },
  {
    method: "POST",
    path: "/api/invitations",
    policy: "canSendInvitations",
    // Not with a token: the answer carries the invitation's secret, so a leaked admin token could invite an
    // admin, accept, sign in and mint tokens, which canCreateTokens exists to prevent.
    allowed: ["admin"],
    build: () => ({ payload: { email: `inv-${unique()}@example.test`, role: "recruiter" } }),
  },
  {
    method: "DELETE",
    path: "/api/invitations/{id}",
    policy: "canInvitePeople",
    allowed: ADMINS,
    build: async () => ({ params: { id: (await freshInvitation()).id } }),
  },
  {
    method: "POST",
    path: "/api/invitations/preview",
    policy: "public: the invitation's token",
    allowed: [...everyone],
    build: () => ({ payload: { token: f.invitationToken } }),
  },
  {
    method: "POST",
    path: "/api/invitations/accept",
    policy: "public: the invitation's token",
    allowed: [...everyone],
    build: async () => ({ payload: { token: (await freshInvitation()).token, name: "New", password: PASSWORD } }),
  },

  // API tokens
  { method: "GET", path: "/api/tokens", policy: "requirePrincipal; listApiTokens lists one's own", allowed: STAFF },
  {
    method: "POST",
    path: "/api/tokens",
    policy: "canCreateTokens",
    allowed: ["admin", "recruiter", "owner", "otherInterviewer"],
    build: () => ({ payload: { name: `t-${unique()}` } }),
  },
  {
    method: "DELETE",
    path: "/api/tokens/{id}",
    policy: "revokeApiToken: one's own only",
    // The token revoked is one of A's admin's: anyone else is told it does not exist.
    allowed: ADMINS,
    hidden: ["recruiter", "owner", "otherInterviewer"],
    build: async () => ({ params: { id: await freshToken() } }),
  },

  // History
  {
    method: "POST",
    path: "/api/history/import",
    policy: "canImportHistory",
    allowed: ADMINS,
    // A file of its meta line alone: valid, and imports nothing.
    build: () => ({
      headers: { "content-type": "application/x-ndjson" },
      payload: `${JSON.stringify({ type: "meta", format: "debrief-history", version: 1, source: "permissions" })}\n`,
    }),
  },
  { method: "GET", path: "/api/history/export", policy: "canExportHistory", allowed: MANAGERS },

  // Candidates, outcomes, offers, second looks
  { method: "GET", path: "/api/candidates", policy: "canSeeCandidates", allowed: MANAGERS },
  { method: "GET", path: "/api/candidates/export.csv", policy: "canSeeCandidates", allowed: MANAGERS },
  {
    method: "POST",
    path: "/api/candidates",
    policy: "canRecordOutcomes",
    allowed: MANAGERS,
    build: () => ({ payload: { name: "Nia New" } }),
  },
  {
    method: "GET",
    path: "/api/candidates/{id}",
    policy: "canSeeCandidates",
    allowed: MANAGERS,
    build: () => ({ params: { id: f.candidateId } }),
  },
  {
    method: "GET",
    path: "/api/candidates/{id}/export",
    policy: "canSeeCandidates",
    allowed: MANAGERS,
    build: () => ({ params: { id: f.candidateId } }),
  },
  {
    method: "POST",
    path: "/api/candidates/{id}/erase",
    policy: "canEraseCandidates",
    allowed: ADMINS,
    build: async () => ({
      params: { id: (await call(admin(), "POST", "/api/candidates", { name: "Eve Erasable" })).id },
    }),
  },
  {
    method: "POST",
    path: "/api/candidates/{id}/outcomes",
    policy: "canRecordOutcomes",
    allowed: MANAGERS,
    build: () => ({ params: { id: f.candidateId }, payload: { at, passed: true } }),
  },
  {
    method: "DELETE",
    path: "/api/candidates/{id}/outcomes/{childId}",
    policy: "canRecordOutcomes",
    allowed: MANAGERS,
    build: async () => ({ params: { id: f.candidateId, childId: await freshOutcome() } }),
  },
  {
    method: "POST",
    path: "/api/candidates/{id}/offers",
    policy: "canRecordOutcomes",
    allowed: MANAGERS,
    build: () => ({ params: { id: f.candidateId }, payload: { at, accepted: true, feedbackGiven: true } }),
  },
  {
    method: "DELETE",
    path: "/api/candidates/{id}/offers/{childId}",
    policy: "canRecordOutcomes",
    allowed: MANAGERS,
    build: async () => ({ params: { id: f.candidateId, childId: await freshOffer() } }),
  },
  { method: "GET", path: "/api/second-looks", policy: "canSeeCandidates", allowed: MANAGERS },
  {
    method: "POST",
    path: "/api/second-looks/{interviewId}/dismiss",
    policy: "canRecordOutcomes",
    allowed: MANAGERS,
    build: () => ({ params: { interviewId: f.interviewId } }),
  },

  // Analytics
  { method: "GET", path: "/api/analytics", policy: "canSeeAnalytics", allowed: MANAGERS },
  { method: "GET", path: "/api/analytics/interviewers.csv", policy: "canSeeAnalytics", allowed: MANAGERS },
  // Someone who has never been the interviewer of an interview has no figures (a 404): the fixture gives A's
  // admin and recruiter an interview each.
  { method: "GET", path: "/api/analytics/me", policy: "requirePrincipal: one's own figures", allowed: STAFF },

  // Questions and hint topics
  { method: "GET", path: "/api/questions", policy: "requirePrincipal", allowed: STAFF },
  {
    method: "POST",
    path: "/api/questions",
    policy: "canAuthorQuestions",
    allowed: AUTHORS,
    build: () => ({ payload: { title: `Q ${unique()}`, layers: [{ title: "Brute force" }] } }),
  },
  {
    method: "GET",
    path: "/api/questions/{id}",
    policy: "requirePrincipal",
    allowed: STAFF,
    build: () => ({ params: { id: f.questionId } }),
  },
  {
    method: "PATCH",
    path: "/api/questions/{id}",
    policy: "canAuthorQuestions",
    allowed: AUTHORS,
    build: () => ({ params: { id: f.questionId }, payload: { title: f.questionTitle } }),
  },
  { method: "GET", path: "/api/hint-topics", policy: "requirePrincipal", allowed: STAFF },
  {
    method: "POST",
    path: "/api/hint-topics",
    policy: "canManageHintTopics",
    allowed: ADMINS,
    build: () => ({ payload: { label: `Topic ${unique()}` } }),
  },
  {
    method: "DELETE",
    path: "/api/hint-topics/{slug}",
    policy: "canManageHintTopics",
    allowed: ADMINS,
    build: async () => ({ params: { slug: await freshTopic() } }),
  },

  // Interviews, events, snapshots
  { method: "GET", path: "/api/interviews", policy: "listInterviews: interviewers see their own", allowed: STAFF },
  {
    method: "POST",
    path: "/api/interviews",
    policy: "canScheduleFor",
    // Scheduled for the owner: the owner may schedule their own, the other interviewer may not.
    allowed: [...MANAGERS, "owner"],
    build: () => ({ payload: { candidateId: f.candidateId, interviewerId: f.people.owner.userId } }),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}",
    policy: "canSeeInterview (getInterview)",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "PATCH",
    path: "/api/interviews/{id}",
    policy: "canSeeInterview, then canScheduleFor",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview({ payload: { durationMinutes: 45 } }),
  },
  {
    method: "POST",
    path: "/api/interviews/{id}/start",
    policy: "canSeeInterview, then canTakeNotes",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "POST",
    path: "/api/interviews/{id}/finish",
    policy: "canSeeInterview, then canTakeNotes",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/events",
    policy: "canSeeInterview (getInterviewOwner)",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "POST",
    path: "/api/interviews/{id}/events",
    policy: "canSeeInterview, then canTakeNotes",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    build: () => interview({ payload: { clientId: randomUUID(), at: 1600, kind: "note", text: "Checked a case." } }),
  },
  {
    method: "PATCH",
    path: "/api/interviews/{id}/events/{eventId}",
    policy: "canSeeInterview, then canTakeNotes",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    build: () => interview({ params: { eventId: f.eventId }, payload: { text: "Asked whether input is sorted." } }),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/snapshots",
    policy: "canSeeInterview (getInterviewOwner)",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "POST",
    path: "/api/interviews/{id}/snapshots",
    policy: "canSeeInterview, then canTakeNotes",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    build: () => interview({ payload: { clientId: randomUUID(), at: 1700, language: "python", code: "pass\n" } }),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/benchmarks",
    policy: "canSeeInterview (getInterviewOwner)",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },

  // Assessment, feedback, releases, candidate links, the debrief's self-assessment
  {
    method: "GET",
    path: "/api/interviews/{id}/assessment",
    policy: "canSeeInterview (getInterviewOwner)",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "PUT",
    path: "/api/interviews/{id}/assessment",
    policy: "canSeeInterview, then canAssess",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    build: () => interview({ payload: assessment(f.snapshotId) }),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/feedback",
    policy: "canSeeInterview (getInterviewOwner)",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/feedback/suggested-draft",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "PUT",
    path: "/api/interviews/{id}/feedback/draft",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview({ payload: { text: RELEASED_TEXT } }),
  },
  {
    method: "POST",
    path: "/api/interviews/{id}/feedback/releases",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview({ payload: { text: RELEASED_TEXT } }),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/candidate-links",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "POST",
    path: "/api/interviews/{id}/candidate-links",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview({ payload: { sendEmail: false } }),
  },
  {
    method: "DELETE",
    path: "/api/interviews/{id}/candidate-links/{linkId}",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: async () => interview({ params: { linkId: await freshLink() } }),
  },
  {
    method: "GET",
    path: "/api/interviews/{id}/self-assessment",
    policy: "canSeeInterview, then canWriteFeedback",
    allowed: SEES_INTERVIEW,
    hidden: NOT_THEIRS,
    build: () => interview(),
  },
  {
    method: "PUT",
    path: "/api/interviews/{id}/self-assessment",
    policy: "canSeeInterview, then canAssess",
    allowed: ["owner"],
    hidden: NOT_THEIRS,
    // The candidate of the main interview has read the feedback, which settles their view: use the open one.
    build: () => ({ params: { id: f.open.interviewId }, payload: selfView }),
  },
  {
    method: "POST",
    path: "/api/feedback/lint",
    policy: "requirePrincipal",
    allowed: STAFF,
    build: () => ({ payload: { text: RELEASED_TEXT } }),
  },

  // Feedback settings, audit log, email outbox
  { method: "GET", path: "/api/feedback/settings", policy: "requirePrincipal", allowed: STAFF },
  {
    method: "PUT",
    path: "/api/feedback/settings",
    policy: "canManageFeedbackSettings",
    allowed: ADMINS,
    build: () => ({ payload: f.settings }),
  },
  { method: "GET", path: "/api/audit-log", policy: "canReadAuditLog", allowed: ADMINS },
  { method: "GET", path: "/api/data-policy", policy: "canManageDataPolicy", allowed: ADMINS },
  {
    method: "PUT",
    path: "/api/data-policy/retention",
    policy: "canManageDataPolicy",
    allowed: ADMINS,
    build: () => ({ payload: { retentionMonths: null } }),
  },
  {
    method: "PUT",
    path: "/api/data-policy/legal-hold",
    policy: "canManageDataPolicy",
    allowed: ADMINS,
    // Each call finds no hold in place, so an allowed one succeeds and a refused one would be seen placing it.
    build: async () => {
      await setLegalHold(null);
      return { payload: { reason: "Permission walk" } };
    },
  },
  {
    method: "DELETE",
    path: "/api/data-policy/legal-hold",
    policy: "canManageDataPolicy",
    allowed: ADMINS,
    build: async () => {
      await setLegalHold({ reason: "Permission walk", since: new Date().toISOString(), placedBy: admin().userId });
      return {};
    },
  },
  { method: "GET", path: "/api/email", policy: "canReadEmail", allowed: ADMINS },
  {
    method: "GET",
    path: "/api/email/{id}",
    policy: "canReadEmail",
    allowed: ADMINS,
    build: () => ({ params: { id: f.emailId } }),
  },

  // The candidate's own pages: the cookie decides the interview, and nothing else gets in
  { method: "GET", path: "/api/candidate", policy: "requireCandidate", allowed: ["candidate"] },
  {
    method: "PUT",
    path: "/api/candidate/self-assessment",
    policy: "requireCandidate",
    allowed: ["candidate"],
    build: (_, who) => ({ payload: selfView, ...(who === "candidate" ? { headers: { cookie: f.open.cookie } } : {}) }),
  },
  { method: "POST", path: "/api/candidate/feedback/open", policy: "requireCandidate", allowed: ["candidate"] },
  { method: "GET", path: "/api/candidate/feedback", policy: "requireCandidate", allowed: ["candidate"] },
  { method: "GET", path: "/api/candidate/comparison", policy: "requireCandidate", allowed: ["candidate"] },
  {
    method: "PUT",
    path: "/api/candidate/rating",
    policy: "requireCandidate",
    allowed: ["candidate"],
    build: () => ({ payload: { wouldReturn: 3 } }),
  },
  {
    method: "DELETE",
    path: "/api/candidate/session",
    policy: "public: ends the cookie's own visit",
    allowed: [...everyone],
    build: async (_, who) => (who === "candidate" ? { headers: { cookie: await candidateCookie(f.linkToken) } } : {}),
  },
];

const isCandidateApi = (path: string) => path === "/api/candidate" || path.startsWith("/api/candidate/");

/** What the matrix says a credential gets: any 2xx, or the one refusal. */
function expected(route: Route, who: Who): "2xx" | 401 | 403 | 404 {
  if (route.allowed.includes(who)) return "2xx";
  if (route.hidden?.includes(who)) return 404;
  // The candidate's cookie is no staff credential, and a staff credential is no candidate's cookie.
  if (who === "anonymous" || who === "candidate" || isCandidateApi(route.path)) return 401;
  return 403;
}

const REFUSAL_CODES = { 401: "unauthenticated", 403: "forbidden", 404: "not_found" } as const;

function urlOf(route: Route, request: Call): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${route.method} ${route.path}: build gives no ${name}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query ? `${path}?${query}` : path;
}

function send(route: Route, request: Call, headers: Record<string, string>) {
  const payload = request.payload;
  return t.app.inject({
    method: route.method,
    url: urlOf(route, request),
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

interface Attempt {
  who: Who;
  request: Call;
  want: ReturnType<typeof expected>;
}

/** Sends one attempt; answers what is wrong with its answer, if anything. */
async function check(route: Route, { who, request, want }: Attempt): Promise<string[]> {
  const response = await send(route, request, { ...f.headers[who], ...request.headers });
  const code = bodyOf(response)?.error?.code;
  const ok =
    want === "2xx"
      ? response.statusCode >= 200 && response.statusCode < 300
      : response.statusCode === want && code === REFUSAL_CODES[want];
  return ok ? [] : [`${label(route)} as ${who}: expected ${want}, got ${response.statusCode} ${code ?? ""}`];
}

const build = (route: Route, who: Who) => (route.build ? route.build(f, who) : {});
const label = (route: Route) => `${route.method} ${route.path}`;
/** The JSON answer, or null for an empty or streamed one (an export is many lines of JSON). */
function bodyOf(response: LightMyRequestResponse) {
  try {
    return response.json();
  } catch {
    return null;
  }
}

/** Every row of the organisation, table by table: a count and a digest of the rows' text. */
function organisationDigest(orgId: string): Promise<Record<string, string>> {
  // When a credential or link was last used is not a change to the organisation's records, and neither is
  // the audit log's account of a sign-in or a refusal: that is the log of the attempt itself.
  return tableDigest(t.database, {
    orgId,
    ignoreColumns: ["last_used_at"],
    exclude: { audit_log: "action like 'auth.%'" },
  });
}

beforeAll(async () => {
  t = await buildTestApp();
  const adminA = await signUpOrganization(t.app, "Org A");
  const b = await signUpOrganization(t.app, "Org B");
  const people: Record<Person, SignedUp> = {
    admin: adminA,
    recruiter: await addPerson(t.app, adminA, "recruiter"),
    owner: await addPerson(t.app, adminA, "interviewer"),
    otherInterviewer: await addPerson(t.app, adminA, "interviewer"),
  };
  const staff = { recruiter: people.recruiter, interviewer: people.owner };
  const main = await releasedInterview(t.app, staff);
  const open = await releasedInterview(t.app, staff);
  const token = (await call(adminA, "POST", "/api/tokens", { name: "A's script" })).token as string;
  const candidate = { headers: { cookie: await candidateCookie(main.token) } };
  const questionTitle = `Merge intervals ${unique()}`;
  const question = await call(adminA, "POST", "/api/questions", { title: questionTitle, layers: [{ title: "One" }] });
  const event = { clientId: randomUUID(), at: 60, kind: "clarifying_question", text: "Sorted input?" };
  const eventId = (await call(people.owner, "POST", `/api/interviews/${main.interviewId}/events`, event)).id as string;
  const invitation = { email: `inv-${unique()}@example.test`, role: "interviewer" };
  f = {
    people,
    b,
    headers: {
      admin: people.admin.headers,
      recruiter: people.recruiter.headers,
      owner: people.owner.headers,
      otherInterviewer: people.otherInterviewer.headers,
      token: { authorization: `Bearer ${token}` },
      candidate: candidate.headers,
      anonymous: {},
    },
    candidateId: main.candidateId,
    questionId: question.id,
    questionTitle,
    interviewId: main.interviewId,
    eventId,
    snapshotId: main.snapshotId,
    linkToken: main.token,
    invitationToken: (await call(adminA, "POST", "/api/invitations", invitation)).token,
    emailId: (await call(adminA, "GET", "/api/email")).messages[0].id,
    settings: await call(adminA, "GET", "/api/feedback/settings"),
    open: { interviewId: open.interviewId, cookie: await candidateCookie(open.token) },
  };
  // One record of every kind the routes do not otherwise leave behind, so the digests watch every table.
  await freshOutcome();
  await freshOffer();
  await freshTopic();
  await call(people.owner, "PATCH", `/api/interviews/${main.interviewId}/events/${eventId}`, { text: "Sorted?" });
  await call(people.recruiter, "POST", `/api/second-looks/${main.interviewId}/dismiss`);
  // Only someone who has been the interviewer of an interview has figures of their own (GET /api/analytics/me).
  for (const person of [people.admin, people.recruiter]) {
    await call(adminA, "POST", "/api/interviews", { candidateId: main.candidateId, interviewerId: person.userId });
  }
  // The candidate of the main interview goes the whole way: their view, the feedback, a rating.
  await call(candidate, "PUT", "/api/candidate/self-assessment", selfView);
  await call(candidate, "POST", "/api/candidate/feedback/open");
  await call(candidate, "PUT", "/api/candidate/rating", { wouldReturn: 4 });
});
afterAll(() => t?.close());

describe("the permission matrix (docs/permissions.md)", () => {
  it("has one row for every route of the OpenAPI document, and none for a route it no longer has", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json() as { paths: Record<string, object> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const listed = routes.map(label);
    expect(new Set(listed).size, "each route once").toBe(listed.length);
    expect(
      documented.filter((route) => !listed.includes(route)),
      "routes with no row here",
    ).toEqual([]);
    expect(
      listed.filter((route) => !documented.includes(route)),
      "rows for routes the document no longer has",
    ).toEqual([]);
    // The page for people names the same routes and the same policies.
    const page = await readFile(new URL("../../docs/permissions.md", import.meta.url), "utf8");
    expect(listed.filter((route) => !page.includes(`\`${route}\``), "routes docs/permissions.md leaves out")).toEqual(
      [],
    );
    const named = routes.flatMap((route) => route.policy.match(/\bcan[A-Z]\w+/g) ?? []);
    expect(
      named.filter((name) => !(name in policies)),
      "policies that do not exist",
    ).toEqual([]);
  });

  it("answers another organisation's admin with a 404 for every record of A, like one that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const named = routes.filter((route) => route.path.includes("{"));
    // Built first: building may make fresh records in A, which must not count as B's doing.
    const requests = [];
    for (const route of named) requests.push({ route, request: await build(route, "admin") });
    const before = await organisationDigest(admin().orgId);
    expect(Object.keys(before).length, "tables with an org_id").toBeGreaterThan(10);
    const problems: string[] = [];
    for (const { route, request } of requests) {
      const headers = { ...request.headers, ...f.b.headers };
      const theirs = await send(route, request, headers);
      const params = Object.fromEntries(
        Object.keys(request.params ?? {}).map((name) => [name, name === "slug" ? "no-such-topic" : missing]),
      );
      const none = await send(route, { ...request, params }, headers);
      if (theirs.statusCode !== 404 || bodyOf(theirs)?.error?.code !== "not_found") {
        problems.push(`${label(route)}: ${theirs.statusCode} ${theirs.body}`);
      } else if (JSON.stringify(bodyOf(theirs)) !== JSON.stringify(bodyOf(none))) {
        problems.push(`${label(route)}: ${theirs.body} differs from a missing record's ${none.body}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await organisationDigest(admin().orgId)).toEqual(before);
  });

  it("gives each credential of A what the matrix says, and a refused change changes nothing", async () => {
    const problems: string[] = [];
    for (const route of routes) {
      // Built first: building may make fresh records in A, which must not count as a refused call's doing.
      const calls: Attempt[] = [];
      for (const who of everyone) calls.push({ who, request: await build(route, who), want: expected(route, who) });
      const refused = calls.filter((c) => c.want !== "2xx");
      const watched = route.method !== "GET" && refused.length > 0;
      const before = watched ? await organisationDigest(admin().orgId) : undefined;
      for (const attempt of refused) problems.push(...(await check(route, attempt)));
      if (watched && JSON.stringify(await organisationDigest(admin().orgId)) !== JSON.stringify(before)) {
        problems.push(`${label(route)}: a refused call changed A's records`);
      }
      for (const attempt of calls.filter((c) => c.want === "2xx")) problems.push(...(await check(route, attempt)));
    }
    expect(problems).toEqual([]);
  });
});

describe("an interview a re-import gives to another interviewer", () => {
  const history = (interviewerId: string, p1: SignedUp, p2: SignedUp) =>
    [
      { type: "meta", format: "debrief-history", version: 1, source: "permissions" },
      { type: "interviewer", id: "x-1", name: "Pat One", email: p1.email },
      { type: "interviewer", id: "x-2", name: "Pat Two", email: p2.email },
      { type: "candidate", id: "cand", name: "Cy Candidate" },
      {
        type: "interview",
        id: "int",
        candidateId: "cand",
        interviewerId,
        startedAt: "2025-09-17T15:23:00Z",
        events: [],
      },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");

  // A re-import may give an interview another interviewer (writeHistory rewrites interviewer_id), and who runs
  // an interview is remembered for each note (getInterviewOwner): the import forgets it, so the old
  // interviewer's access ends with the import and the new one's begins.
  it("answers to its new interviewer, and no longer to the old one", async () => {
    const c = await signUpOrganization(t.app, "Org C");
    const [p1, p2] = [await addPerson(t.app, c, "interviewer"), await addPerson(t.app, c, "interviewer")];
    const importAs = async (interviewerId: string) => {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/history/import",
        headers: { ...c.headers, "content-type": "application/x-ndjson" },
        payload: history(interviewerId, p1, p2),
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await importAs("x-1");
    const id = (await call(c, "GET", "/api/interviews")).interviews[0].id as string;
    // Read through getInterviewOwner, which remembers the answer.
    await call(p1, "GET", `/api/interviews/${id}/events`);
    await importAs("x-2");
    expect((await call(c, "GET", `/api/interviews/${id}`)).interviewer.id).toBe(p2.userId);
    const asNew = await t.app.inject({ url: `/api/interviews/${id}/events`, headers: p2.headers });
    const asOld = await t.app.inject({ url: `/api/interviews/${id}/events`, headers: p1.headers });
    expect([asNew.statusCode, asOld.statusCode]).toEqual([200, 404]);
  });
});
