import { z } from "zod";
import { questionKinds } from "../../domain/history/kinds.js";
import { Id, Timestamp } from "../shared/schemas.js";

export const LayerInput = z.object({
  title: z.string().trim().min(1, "expected a title").max(200, "expected at most 200 characters"),
  description: z
    .string()
    .trim()
    .max(5000, "expected at most 5000 characters")
    .optional()
    .describe("The constraint change that opens this layer."),
  expectedMinutes: z
    .number({ error: "expected a number of minutes" })
    .int("expected a whole number of minutes")
    .min(1)
    .max(600)
    .optional()
    .describe(
      "The author's estimate of when a strong candidate finishes this layer, used until history gives a benchmark.",
    ),
  guide: z
    .string()
    .trim()
    .max(10_000, "expected at most 10000 characters")
    .optional()
    .describe("The interviewer's private guide."),
});

const QuestionFields = {
  title: z.string().trim().min(1, "expected a title").max(200, "expected at most 200 characters"),
  kind: z.enum(questionKinds, { error: 'expected "coding" or "system-design"' }),
  durationMinutes: z.number({ error: "expected a number of minutes" }).int().min(5).max(600),
  statement: z.string().max(50_000, "expected at most 50000 characters").describe("Markdown."),
  layers: z.array(LayerInput).min(1, "expected at least one layer").max(20, "expected at most 20 layers"),
};

export const CreateQuestionBody = z
  .object({
    title: QuestionFields.title,
    kind: QuestionFields.kind.default("coding"),
    durationMinutes: QuestionFields.durationMinutes.default(45),
    statement: QuestionFields.statement.default(""),
    layers: QuestionFields.layers,
  })
  .meta({ id: "CreateQuestionRequest" });

export const UpdateQuestionBody = z
  .object({
    title: QuestionFields.title.optional(),
    kind: QuestionFields.kind.optional(),
    durationMinutes: QuestionFields.durationMinutes.optional(),
    statement: QuestionFields.statement.optional(),
    layers: QuestionFields.layers.optional(),
    archived: z.boolean({ error: "expected true or false" }).optional(),
  })
  .meta({ id: "UpdateQuestionRequest" });

export const Layer = z.object({
  title: z.string(),
  description: z.string().nullable(),
  expectedMinutes: z.number().nullable(),
  guide: z.string().nullable(),
});

export const Question = z
  .object({
    id: Id,
    externalId: z.string().nullable(),
    title: z.string(),
    kind: z.enum(questionKinds),
    durationMinutes: z.number(),
    statement: z.string(),
    version: z.number().describe("Editing the layers makes a new version; interviews keep the version they ran on."),
    layers: z.array(Layer),
    archived: z.boolean(),
    interviews: z.number(),
    createdAt: Timestamp,
  })
  .meta({ id: "Question" });

export const QuestionListQuery = z.object({
  search: z.string().max(200).optional(),
  archived: z.enum(["true", "false", "all"], { error: 'expected "true", "false" or "all"' }).default("false"),
});

export const QuestionList = z.object({ questions: z.array(Question) }).meta({ id: "QuestionList" });

export const HintTopicSchema = z
  .object({ slug: z.string(), label: z.string(), builtIn: z.boolean() })
  .meta({ id: "HintTopic" });
export const HintTopicList = z.object({ topics: z.array(HintTopicSchema) }).meta({ id: "HintTopicList" });
export const HintTopicParams = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/, "expected a topic's slug (lower-case letters, digits, dashes)"),
});
export const CreateHintTopicBody = z.object({
  label: z.string().trim().min(1, "expected a label").max(60, "expected at most 60 characters"),
});

export type QuestionResponse = z.infer<typeof Question>;
export type LayerInputValue = z.infer<typeof LayerInput>;
