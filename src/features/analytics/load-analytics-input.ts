// Reads what the analytics report needs for one organisation. The three large reads (interviews,
// outcomes, offers: hundreds of thousands of rows at a real organisation's scale) go through COPY and a
// CSV parse, several times faster than row-by-row results on both drivers; events are not read at all,
// because each interview carries a summary of its events (src/domain/history/summarize-events.ts).
import { and, count, eq, or, sql } from "drizzle-orm";
import { copyOut, parseCsv } from "../../data/bulk-copy.js";
import type { Db } from "../../data/database.js";
import { candidates, interviews, questions, questionVersions, users } from "../../data/schema.js";
import type { AnalyticsInput, InterviewFacts } from "../../domain/analytics/types.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const interviewFacts = (orgId: string) => `
  select i.id, i.candidate_id, i.interviewer_id, i.question_id, (extract(epoch from i.started_at) * 1000)::float8,
         a.overall, a.advance, s.interview_id is not null, s.overall, s.thinks_passed, r.would_return,
         i.hint_count, i.coding_started_sec, i.layer_completed_sec
  from interviews i
  left join assessments a on a.org_id = i.org_id and a.interview_id = i.id
  left join self_assessments s on s.org_id = i.org_id and s.interview_id = i.id
  left join candidate_ratings r on r.org_id = i.org_id and r.interview_id = i.id
  where i.org_id = '${orgId}' and i.started_at is not null`;
const outcomeFacts = (orgId: string) =>
  `select candidate_id, (extract(epoch from at) * 1000)::float8, passed from outcomes where org_id = '${orgId}'`;
const offerFacts = (orgId: string) =>
  `select candidate_id, (extract(epoch from at) * 1000)::float8, accepted, feedback_given from offers where org_id = '${orgId}'`;

const int = (v: string | null) => (v === null ? null : Number(v));
const bool = (v: string | null) => (v === null ? null : v === "t");

export async function loadAnalyticsInput(db: Db, orgId: string): Promise<AnalyticsInput> {
  // COPY takes no parameters, so the id is checked before it is written into the statement.
  if (!UUID.test(orgId)) throw new Error(`not an organisation id: ${orgId}`);
  // One read-only transaction: every figure is computed from the same snapshot.
  return db.transaction(
    async (tx) => {
      const t = tx as unknown as Db;
      const interviewRows = parseCsv(await copyOut(t, interviewFacts(orgId)));
      const outcomeRows = parseCsv(await copyOut(t, outcomeFacts(orgId)));
      const offerRows = parseCsv(await copyOut(t, offerFacts(orgId)));
      const interviewerRows = await t
        .select({ id: users.id, externalId: users.externalId, name: users.name })
        .from(users)
        .where(
          and(
            eq(users.orgId, orgId),
            or(
              eq(users.role, "interviewer"),
              sql`exists (select 1 from ${interviews} where ${interviews.orgId} = ${users.orgId} and ${interviews.interviewerId} = ${users.id})`,
            ),
          ),
        );
      const questionRows = await t
        .select({
          id: questions.id,
          externalId: questions.externalId,
          title: questions.title,
          layers: questionVersions.layers,
        })
        .from(questions)
        .leftJoin(
          questionVersions,
          and(
            eq(questionVersions.orgId, questions.orgId),
            eq(questionVersions.questionId, questions.id),
            eq(questionVersions.version, questions.currentVersion),
          ),
        )
        .where(eq(questions.orgId, orgId));
      const [candidateCount] = await t.select({ n: count() }).from(candidates).where(eq(candidates.orgId, orgId));
      return {
        candidateCount: Number(candidateCount?.n ?? 0),
        interviewers: interviewerRows,
        // "Question 2" before "Question 10".
        questions: questionRows
          .map((q) => ({
            id: q.id,
            externalId: q.externalId,
            title: q.title,
            layers: (q.layers ?? []).map((l) => l.title),
          }))
          .sort((a, b) => a.title.localeCompare(b.title, "en", { numeric: true })),
        interviews: interviewRows.map(
          (r): InterviewFacts => ({
            id: r[0] as string,
            candidateId: r[1] as string,
            interviewerId: r[2] as string,
            questionId: r[3] ?? null,
            startedAt: Number(r[4]),
            overall: int(r[5] ?? null),
            advance: bool(r[6] ?? null),
            hasSelfAssessment: r[7] === "t",
            selfOverall: int(r[8] ?? null),
            thinksPassed: bool(r[9] ?? null),
            wouldReturn: int(r[10] ?? null),
            hintCount: Number(r[11]),
            codingStartedSec: int(r[12] ?? null),
            layerCompletedSec: JSON.parse(r[13] ?? "[]") as (number | null)[],
          }),
        ),
        outcomes: outcomeRows.map((r) => ({ candidateId: r[0] as string, at: Number(r[1]), passed: r[2] === "t" })),
        offers: offerRows.map((r) => ({
          candidateId: r[0] as string,
          at: Number(r[1]),
          accepted: r[2] === "t",
          feedbackGiven: r[3] === "t",
        })),
      };
    },
    { accessMode: "read only" },
  );
}
