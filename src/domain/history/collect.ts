// Gathers the validated records of a whole history file and checks what one line cannot: the meta line
// comes first, ids are unique per type, and every reference names a record in the file or one the
// organisation already has.
import { parseHistoryLine } from "./parse-line.js";
import type {
  CandidateRecord,
  InterviewerRecord,
  InterviewRecord,
  LineProblem,
  MetaRecord,
  OfferRecord,
  OutcomeRecord,
  QuestionRecord,
} from "./records.js";

/** How many problems an import reports in full; the rest are counted. */
export const PROBLEM_LIMIT = 100;

export interface KnownIds {
  interviewers: ReadonlySet<string>;
  candidates: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

interface Lined<T> {
  record: T;
  line: number;
}

export class HistoryCollector {
  meta: MetaRecord | undefined;
  readonly interviewers = new Map<string, Lined<InterviewerRecord>>();
  readonly candidates = new Map<string, Lined<CandidateRecord>>();
  readonly questions = new Map<string, Lined<QuestionRecord>>();
  readonly interviews = new Map<string, Lined<InterviewRecord>>();
  readonly outcomes: Lined<OutcomeRecord>[] = [];
  readonly offers: Lined<OfferRecord>[] = [];
  readonly problems: LineProblem[] = [];
  problemCount = 0;
  lines = 0;
  events = 0;
  private firstRecordLine: number | undefined;
  private readonly scratch: LineProblem[] = [];

  /** Takes one line of the file (1-based line number); blank lines are allowed and skipped. */
  addLine(text: string, line: number): void {
    this.lines = line;
    if (text.trim() === "") return;
    this.scratch.length = 0;
    const record = parseHistoryLine(text, line, this.scratch);
    for (const problem of this.scratch) this.report(problem);
    if (!record) {
      this.firstRecordLine ??= line;
      return;
    }
    const first = this.firstRecordLine === undefined;
    this.firstRecordLine ??= line;
    switch (record.type) {
      case "meta":
        if (!first)
          this.report({ line, field: "type", message: 'expected "meta" only as the first line, got it later' });
        else this.meta = record;
        return;
      case "interviewer":
        this.keep(this.interviewers, record, line);
        return;
      case "candidate":
        this.keep(this.candidates, record, line);
        return;
      case "question":
        this.keep(this.questions, record, line);
        return;
      case "interview":
        this.events += record.events.length;
        this.keep(this.interviews, record, line);
        return;
      case "outcome":
        this.outcomes.push({ record, line });
        return;
      case "offer":
        this.offers.push({ record, line });
        return;
    }
  }

  /** Checks every reference against the file and the organisation's existing records. */
  checkReferences(known: KnownIds): void {
    const has = (map: Map<string, unknown>, set: ReadonlySet<string>, id: string) => map.has(id) || set.has(id);
    for (const { record, line } of this.interviews.values()) {
      if (!has(this.candidates, known.candidates, record.candidateId)) {
        this.missing(line, "interview.candidateId", "candidate", record.candidateId);
      }
      if (!has(this.interviewers, known.interviewers, record.interviewerId)) {
        this.missing(line, "interview.interviewerId", "interviewer", record.interviewerId);
      }
      if (record.questionId !== undefined && !has(this.questions, known.questions, record.questionId)) {
        this.missing(line, "interview.questionId", "question", record.questionId);
      }
    }
    for (const { record, line } of [...this.outcomes, ...this.offers]) {
      if (!has(this.candidates, known.candidates, record.candidateId)) {
        this.missing(line, `${record.type}.candidateId`, "candidate", record.candidateId);
      }
    }
  }

  /** Reports a problem that concerns the file as a whole or a record's relation to the database. */
  report(problem: LineProblem): void {
    this.problemCount++;
    if (this.problems.length < PROBLEM_LIMIT) this.problems.push(problem);
  }

  get valid(): boolean {
    return this.problemCount === 0;
  }

  private keep<T extends { id: string; type: string }>(map: Map<string, Lined<T>>, record: T, line: number) {
    const earlier = map.get(record.id);
    if (earlier) {
      this.report({
        line,
        field: `${record.type}.id`,
        message: `expected a unique id, got ${JSON.stringify(record.id)} which line ${earlier.line} already uses`,
      });
      return;
    }
    map.set(record.id, { record, line });
  }

  private missing(line: number, field: string, type: string, id: string) {
    this.report({
      line,
      field,
      message: `expected the id of ${type === "interviewer" ? "an" : "a"} ${type} in this file or already imported, got ${JSON.stringify(id)}`,
    });
  }
}
