// The analytics report's JSON (spec/analytics.md), as a schema: it documents GET /api/analytics in the
// OpenAPI document, checks every response on the way out, and gives the web app its types.
import { z } from "zod";

const Rate = z.number().nullable();
const Tiered = z.object({ low: z.number().nullable(), mid: z.number().nullable(), top: z.number().nullable() });
const RateWithCounts = z.object({ offers: z.number(), accepted: z.number(), rate: Rate });

export const Population = z.object({
  interviews: z.number(),
  candidates: z.number(),
  interviewers: z.number(),
  underrateRate: Rate,
  overrateRate: Rate,
  selfAssessmentEligible: z.number(),
  thinksFailedWhenPassedRate: Rate,
  thinksFailedEligible: z.number(),
  consistentRate: Rate,
  consistencyEligible: z.number(),
  closeRate: z.object({
    withFeedback: RateWithCounts,
    withoutFeedback: RateWithCounts,
    difference: Rate,
    ci95: z.tuple([z.number(), z.number()]).nullable(),
  }),
});

export const InterviewerCalibration = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    name: z.string(),
    interviews: z.number(),
    calibration: z.object({
      bias: z
        .number()
        .nullable()
        .describe("> 0: scores higher than later outcomes support (too lenient); < 0: too strict."),
      interval: z.tuple([z.number(), z.number()]).nullable(),
      intervalLevel: z.number(),
      label: z.enum(["too_strict", "calibrated", "too_lenient", "insufficient_data"]),
      evidence: z.number().describe("Interviews of this interviewer whose candidates had later outcomes."),
    }),
    candidateExperience: z.object({
      score: z.number().nullable(),
      ratings: z.number(),
      returnRate: Rate,
      returnEligible: z.number(),
    }),
  })

  .meta({ id: "InterviewerCalibration" });

export const QuestionBenchmarks = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    title: z.string(),
    interviews: z.number(),
    benchmarks: z.object({
      layers: z.array(
        z.object({
          layer: z.number(),
          title: z.string(),
          topMedianMinutes: z.number().nullable(),
          topCompleted: z.number(),
        }),
      ),
      medianHintsByTier: Tiered,
      medianLayersByTier: Tiered,
      topMedianCodingStartMinutes: z.number().nullable(),
      interviewsByTier: z.object({ low: z.number(), mid: z.number(), top: z.number() }),
      summary: z.string(),
    }),
  })

  .meta({ id: "QuestionBenchmarks" });

export const AnalyticsReportSchema = z
  .object({
    generatedAt: z.string(),
    population: Population,
    interviewers: z.array(InterviewerCalibration),
    calibrationCurve: z.array(
      z.object({
        from: z.number(),
        to: z.number(),
        interviewers: z.number(),
        meanCandidateExperience: z.number().nullable(),
      }),
    ),
    questions: z.array(QuestionBenchmarks),
  })

  .meta({ id: "AnalyticsReport" });

export const OwnCalibration = z
  .object({
    interviewer: InterviewerCalibration,
    explanation: z.object({ headline: z.string(), paragraphs: z.array(z.string()) }),
    population: Population,
  })
  .meta({ id: "OwnCalibration" });

export type AnalyticsReportResponse = z.infer<typeof AnalyticsReportSchema>;
export type OwnCalibrationResponse = z.infer<typeof OwnCalibration>;
