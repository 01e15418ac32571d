// The question bank: questions with ordered layers. Changing the layers makes a new version, and each
// interview keeps the version it was run on, so an old timeline still makes sense after an edit.
import { and, asc, eq, ilike, isNotNull, isNull, max, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import {
  hintTopics,
  interviews,
  type QuestionKind,
  type QuestionLayer,
  questions,
  questionVersions,
} from "../../data/schema.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";
import { builtInHintTopics, type HintTopic, slugify } from "../../domain/interviews/hint-topics.js";
import { newId } from "../auth/secrets.js";
import type { LayerInputValue } from "./schemas.js";

export interface QuestionInput {
  title: string;
  kind: QuestionKind;
  durationMinutes: number;
  statement: string;
  layers: LayerInputValue[];
}

const toLayers = (layers: LayerInputValue[]): QuestionLayer[] =>
  layers.map((l) => ({
    title: l.title,
    ...(l.description ? { description: l.description } : {}),
    ...(l.expectedMinutes !== undefined ? { expectedMinutes: l.expectedMinutes } : {}),
    ...(l.guide ? { guide: l.guide } : {}),
  }));

export async function createQuestion(db: Db, orgId: string, input: QuestionInput) {
  const id = newId();
  await db.insert(questions).values({
    orgId,
    id,
    title: input.title,
    kind: input.kind,
    durationMinutes: input.durationMinutes,
    statement: input.statement,
  });
  await db.insert(questionVersions).values({ orgId, questionId: id, version: 1, layers: toLayers(input.layers) });
  return getQuestion(db, orgId, id);
}

const questionSelection = {
  question: questions,
  layers: questionVersions.layers,
  interviews: sql<number>`(select count(*)::int from ${interviews} where ${interviews.orgId} = ${questions.orgId} and ${interviews.questionId} = ${questions.id})`,
};

const currentVersion = and(
  eq(questionVersions.orgId, questions.orgId),
  eq(questionVersions.questionId, questions.id),
  eq(questionVersions.version, questions.currentVersion),
);

export async function getQuestion(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select(questionSelection)
    .from(questions)
    .leftJoin(questionVersions, currentVersion)
    .where(and(eq(questions.orgId, orgId), eq(questions.id, id)));
  if (!row) throw notFound("The question");
  return row;
}

export function listQuestions(db: Db, orgId: string, query: { search?: string; archived: "true" | "false" | "all" }) {
  const pattern = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select(questionSelection)
    .from(questions)
    .leftJoin(questionVersions, currentVersion)
    .where(
      and(
        eq(questions.orgId, orgId),
        pattern ? ilike(questions.title, pattern) : undefined,
        query.archived === "all"
          ? undefined
          : query.archived === "true"
            ? isNotNull(questions.archivedAt)
            : isNull(questions.archivedAt),
      ),
    )
    .orderBy(asc(questions.title));
}

export async function updateQuestion(
  db: Db,
  orgId: string,
  id: string,
  change: Partial<QuestionInput> & { archived?: boolean },
) {
  const current = await getQuestion(db, orgId, id);
  let version = current.question.currentVersion;
  if (change.layers) {
    const layers = toLayers(change.layers);
    if (JSON.stringify(layers) !== JSON.stringify(current.layers ?? [])) {
      const [latest] = await db
        .select({ v: max(questionVersions.version) })
        .from(questionVersions)
        .where(and(eq(questionVersions.orgId, orgId), eq(questionVersions.questionId, id)));
      version = (latest?.v ?? 0) + 1;
      await db.insert(questionVersions).values({ orgId, questionId: id, version, layers });
    }
  }
  await db
    .update(questions)
    .set({
      title: change.title ?? current.question.title,
      kind: change.kind ?? current.question.kind,
      durationMinutes: change.durationMinutes ?? current.question.durationMinutes,
      statement: change.statement ?? current.question.statement,
      currentVersion: version,
      archivedAt: change.archived === undefined ? current.question.archivedAt : change.archived ? new Date() : null,
    })
    .where(and(eq(questions.orgId, orgId), eq(questions.id, id)));
  return getQuestion(db, orgId, id);
}

/** The layers of a question as one of its versions had them. */
export async function getQuestionVersion(db: Db, orgId: string, questionId: string, version: number) {
  const [row] = await db
    .select({ layers: questionVersions.layers })
    .from(questionVersions)
    .where(
      and(
        eq(questionVersions.orgId, orgId),
        eq(questionVersions.questionId, questionId),
        eq(questionVersions.version, version),
      ),
    );
  return row?.layers ?? [];
}

export async function listHintTopics(db: Db, orgId: string): Promise<HintTopic[]> {
  const own = await db
    .select()
    .from(hintTopics)
    .where(and(eq(hintTopics.orgId, orgId), isNull(hintTopics.archivedAt)))
    .orderBy(asc(hintTopics.createdAt));
  return [
    ...builtInHintTopics.map((t) => ({ ...t, builtIn: true })),
    ...own.map((t) => ({ slug: t.slug, label: t.label, builtIn: false })),
  ];
}

export async function createHintTopic(db: Db, orgId: string, label: string): Promise<HintTopic> {
  const slug = slugify(label);
  if (!slug) throw invalid("expected a label with at least one letter or digit", "label");
  if (builtInHintTopics.some((t) => t.slug === slug)) throw conflict(`"${label}" is already a topic.`, "label");
  const [existing] = await db
    .select({ archivedAt: hintTopics.archivedAt })
    .from(hintTopics)
    .where(and(eq(hintTopics.orgId, orgId), eq(hintTopics.slug, slug)));
  if (existing && !existing.archivedAt) throw conflict(`"${label}" is already a topic.`, "label");
  if (existing) {
    // An archived topic comes back under its old slug, so the hints recorded with it keep their label.
    await db
      .update(hintTopics)
      .set({ label, archivedAt: null })
      .where(and(eq(hintTopics.orgId, orgId), eq(hintTopics.slug, slug)));
  } else {
    await db.insert(hintTopics).values({ orgId, slug, label });
  }
  return { slug, label, builtIn: false };
}

/**
 * Takes one of the organisation's own topics off the cockpit's list. It is archived, not deleted: hints
 * already recorded with it keep their topic, and adding it again brings it back.
 */
export async function archiveHintTopic(db: Db, orgId: string, slug: string): Promise<HintTopic> {
  if (builtInHintTopics.some((t) => t.slug === slug)) {
    throw invalid("The built-in topics cannot be archived; only the organisation's own.", "slug");
  }
  const [archived] = await db
    .update(hintTopics)
    .set({ archivedAt: new Date() })
    .where(and(eq(hintTopics.orgId, orgId), eq(hintTopics.slug, slug), isNull(hintTopics.archivedAt)))
    .returning();
  if (!archived) throw notFound("The hint topic");
  return { slug: archived.slug, label: archived.label, builtIn: false };
}
