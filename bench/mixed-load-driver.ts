// The mixed load of the issue, against a running server whose organisation already holds a history:
// people reading the pages of the web app, interviewers writing live notes to their own started
// interviews, and analytics reports being run, all at once for a fixed time. Every client is a closed
// loop on its own keep-alive connection (the next request leaves when the last one is answered), so the
// figures are the throughput the server sustains under this mix and the latency each class sees there.
//
// Any answer other than 2xx, and any network error, is an error: the caller fails on one. The clients
// speak HTTP/1.1 over bare sockets (src/test/raw-http.ts) for the reason bench/event-clients.ts gives:
// they share the machine's cores with the server, and a heavy client would measure itself.
import { randomUUID } from "node:crypto";
import { seededRandom } from "../src/domain/analytics/test-data.js";
import { openRawConnection, type RawConnection } from "../src/test/raw-http.js";

export type LoadClass = "readers" | "writers" | "analytics";

export interface MixedLoadOptions {
  /** The server, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** An admin of the organisation whose history is read; the readers and the analytics act as them. */
  admin: { email: string; password: string; organizationId?: string };
  seconds: number;
  /** Concurrent clients of each class; each writer is an interviewer of its own, invited for the run. */
  clients: Record<LoadClass, number>;
  /** Called once the set-up is done, as the load starts. */
  onStart?: () => void;
}

export interface ClassFigures {
  clients: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface MixedLoadResult {
  seconds: number;
  classes: Record<LoadClass, ClassFigures>;
  /** The first few errors, as `METHOD path: status body` or `METHOD path: message`. */
  firstErrors: string[];
}

const PASSWORD = "mixed load password";
const KEPT_ERRORS = 5;

/** Sets up the run (an admin session, the interviewers and their live interviews), then runs the load. */
export async function runMixedLoad(options: MixedLoadOptions): Promise<MixedLoadResult> {
  const plan = await prepare(options);
  const { hostname, port } = new URL(options.baseUrl);
  const recorders = {
    readers: new Recorder(),
    writers: new Recorder(),
    analytics: new Recorder(),
  } satisfies Record<LoadClass, Recorder>;
  const firstErrors: string[] = [];
  options.onStart?.();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const loops: Promise<void>[] = [];
  const loop = (recorder: Recorder, headers: Record<string, string>, step: (client: Client) => Promise<void>) => {
    const client = new Client(hostname, Number(port), headers, recorder, firstErrors);
    loops.push(
      (async () => {
        while (performance.now() < deadline) await step(client);
        client.close();
      })(),
    );
  };
  for (let i = 0; i < options.clients.readers; i++) {
    // The same generator as the analytics fixtures: each reader visits the same pages on every run.
    const random = seededRandom(i + 1);
    loop(recorders.readers, plan.adminHeaders, (reader) => visitPage(reader, plan, random));
  }
  for (const { headers, interviewId } of plan.writers) {
    let seq = 0;
    loop(recorders.writers, headers, (writer) =>
      writer.send("POST", `/api/interviews/${interviewId}/events`, note(seq++)),
    );
  }
  for (let i = 0; i < options.clients.analytics; i++) {
    loop(recorders.analytics, plan.adminHeaders, (analyst) => analyst.send("GET", "/api/analytics"));
  }
  await Promise.all(loops);
  // The last requests are answered after the deadline: the rate is over the time the load really ran.
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    classes: {
      readers: recorders.readers.figures(options.clients.readers, seconds),
      writers: recorders.writers.figures(plan.writers.length, seconds),
      analytics: recorders.analytics.figures(options.clients.analytics, seconds),
    },
    firstErrors,
  };
}

// ---- what each class does ----

interface Plan {
  adminHeaders: Record<string, string>;
  /** Interviews of the history, some with an assessment; candidates; questions: what readers open. */
  interviews: string[];
  assessed: string[];
  candidates: string[];
  candidateTotal: number;
  questions: string[];
  writers: { headers: Record<string, string>; interviewId: string }[];
}

type Random = () => number;
const pick = <T>(random: Random, values: T[]): T => values[Math.floor(random() * values.length)] as T;

/**
 * The pages people read, each as the requests it makes on opening (src/web/<feature>/queries.ts). The
 * feedback and debrief pages are opened on interviews with an assessment: without one, the page's 404 for
 * the assessment is expected, and here every 404 is an error.
 */
const PAGES: ((plan: Plan, random: Random) => string[])[] = [
  () => ["/api/interviews?mine=false"],
  (plan, random) => {
    const id = pick(random, plan.interviews);
    return [
      `/api/interviews/${id}`,
      "/api/hint-topics",
      `/api/interviews/${id}/events?deleted=true`,
      `/api/interviews/${id}/snapshots`,
    ];
  },
  (plan, random) => {
    const at = `/api/interviews/${pick(random, plan.assessed)}`;
    return [
      at,
      "/api/feedback/settings",
      `${at}/assessment`,
      `${at}/feedback`,
      `${at}/events?deleted=true`,
      `${at}/snapshots`,
      `${at}/candidate-links`,
    ];
  },
  (plan, random) => {
    const at = `/api/interviews/${pick(random, plan.assessed)}`;
    return [at, `${at}/events?deleted=true`, `${at}/benchmarks`, "/api/hint-topics"];
  },
  // People page through the first pages of candidates, not to the thousandth.
  (plan, random) => [
    `/api/candidates?limit=25&offset=${Math.floor(random() * Math.min(40, plan.candidateTotal / 25)) * 25}`,
  ],
  (plan, random) => [`/api/candidates/${pick(random, plan.candidates)}`],
  (plan, random) => ["/api/questions?archived=false", `/api/questions/${pick(random, plan.questions)}`],
];

async function visitPage(reader: Client, plan: Plan, random: Random): Promise<void> {
  for (const path of pick(random, PAGES)(plan, random)) await reader.send("GET", path);
}

const KINDS = ["note", "clarifying_question", "mistake", "praise", "hint", "note", "coding_started", "note"];

/** The seq-th live note of an interview, as the cockpit sends it (the same mix as bench/event-clients.ts). */
function note(seq: number): string {
  const kind = KINDS[seq % KINDS.length] as string;
  return JSON.stringify({
    clientId: randomUUID(),
    at: Math.min(seq, 86_400),
    kind,
    text: "a note taken during the interview",
    seq,
    ...(kind === "hint" ? { topic: "approach" } : {}),
  });
}

// ---- setting up, through the API, with fetch (its cost is not measured) ----

async function prepare(options: MixedLoadOptions): Promise<Plan> {
  const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${options.baseUrl}${path}`, {
      method,
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const session = /debrief_session=[^;]*/.exec(response.headers.get("set-cookie") ?? "")?.[0];
    return { body: (await response.json()) as Record<string, unknown>, session };
  };
  const signedIn = await call("POST", "/api/session", {}, options.admin);
  const adminHeaders = { cookie: signedIn.session as string };

  const listed = await call("GET", "/api/interviews?mine=false&limit=200", adminHeaders);
  const interviews = (listed.body.interviews as { id: string }[]).map((i) => i.id);
  const assessed: string[] = [];
  for (const id of interviews) {
    const response = await fetch(`${options.baseUrl}/api/interviews/${id}/assessment`, { headers: adminHeaders });
    await response.arrayBuffer();
    if (response.ok) assessed.push(id);
  }
  const candidateList = await call("GET", "/api/candidates?limit=200", adminHeaders);
  const candidates = (candidateList.body.candidates as { id: string }[]).map((c) => c.id);
  const questionList = await call("GET", "/api/questions?archived=false", adminHeaders);
  const questions = (questionList.body.questions as { id: string }[]).map((q) => q.id);
  if (assessed.length === 0 || candidates.length === 0 || questions.length === 0) {
    throw new Error("the mixed load needs an organisation with a history: assessed interviews, candidates, questions");
  }

  // Each writer is an interviewer of their own, invited for this run, with one started interview.
  const run = randomUUID().slice(0, 8);
  const candidate = await call("POST", "/api/candidates", adminHeaders, { name: `Mixed Load ${run}` });
  const writers: Plan["writers"] = [];
  for (let i = 0; i < options.clients.writers; i++) {
    const invited = await call("POST", "/api/invitations", adminHeaders, {
      email: `mixed-${run}-${i}@bench.test`,
      role: "interviewer",
    });
    const accepted = await call(
      "POST",
      "/api/invitations/accept",
      {},
      {
        token: invited.body.token,
        name: `Mixed Interviewer ${i}`,
        password: PASSWORD,
      },
    );
    const token = await call("POST", "/api/tokens", { cookie: accepted.session as string }, { name: "mixed load" });
    const headers = { authorization: `Bearer ${token.body.token}` };
    const interview = await call("POST", "/api/interviews", headers, { candidateId: candidate.body.id });
    await call("POST", `/api/interviews/${interview.body.id}/start`, headers, {});
    writers.push({ headers, interviewId: interview.body.id as string });
  }
  return {
    adminHeaders,
    interviews,
    assessed,
    candidates,
    candidateTotal: candidateList.body.total as number,
    questions,
    writers,
  };
}

// ---- measuring ----

class Recorder {
  private latencies: number[] = [];
  requests = 0;
  errors = 0;

  record(ms: number, ok: boolean): void {
    this.requests++;
    if (!ok) this.errors++;
    this.latencies.push(ms);
  }

  figures(clients: number, seconds: number): ClassFigures {
    const sorted = this.latencies.sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const perSecond = this.requests / seconds;
    return { clients, requests: this.requests, errors: this.errors, perSecond, p50Ms: at(0.5), p99Ms: at(0.99) };
  }
}

/** One closed-loop client: a keep-alive connection, opened again after a network error. */
class Client {
  private connection: Promise<RawConnection> | undefined;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly headers: Record<string, string>,
    private readonly recorder: Recorder,
    private readonly firstErrors: string[],
  ) {}

  async send(method: string, path: string, body?: string): Promise<void> {
    const started = performance.now();
    try {
      this.connection ??= openRawConnection(this.host, this.port);
      const response = await (await this.connection).send(method, path, this.headers, body);
      const ok = response.status >= 200 && response.status < 300;
      this.recorder.record(performance.now() - started, ok);
      if (!ok) this.keep(`${method} ${path}: ${response.status} ${response.body.slice(0, 300)}`);
    } catch (error) {
      this.recorder.record(performance.now() - started, false);
      this.keep(`${method} ${path}: ${(error as Error).message}`);
      this.close();
      // A server that refuses connections would otherwise be asked again at once, in a tight loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    this.connection?.then((c) => c.close()).catch(() => {});
    this.connection = undefined;
  }

  private keep(error: string): void {
    if (this.firstErrors.length < KEPT_ERRORS) this.firstErrors.push(error);
  }
}
