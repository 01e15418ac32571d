// The whole analytics report of spec/analytics.md, from plain facts. Pure: the caller reads the data.
import { computeQuestionBenchmarks } from "./benchmarks.js";
import { computeCalibration } from "./calibration.js";
import { computeCalibrationCurve } from "./calibration-curve.js";
import { computeCandidateExperience, emptyCandidateExperience } from "./candidate-experience.js";
import { computePopulation } from "./population.js";
import type { AnalyticsInput, AnalyticsReport, InterviewerReport, InterviewFacts } from "./types.js";

export function buildAnalyticsReport(input: AnalyticsInput, now = new Date()): AnalyticsReport {
  const calibration = computeCalibration(input).byInterviewer;
  const experience = computeCandidateExperience(input.interviews);
  const interviewCounts = new Map<string, number>();
  for (const interview of input.interviews) {
    interviewCounts.set(interview.interviewerId, (interviewCounts.get(interview.interviewerId) ?? 0) + 1);
  }
  const interviewers: InterviewerReport[] = input.interviewers
    .map((interviewer) => ({
      id: interviewer.id,
      externalId: interviewer.externalId,
      name: interviewer.name,
      interviews: interviewCounts.get(interviewer.id) ?? 0,
      calibration: calibration.get(interviewer.id) ?? {
        bias: null,
        interval: null,
        intervalLevel: 0.95,
        label: "insufficient_data" as const,
        evidence: 0,
      },
      candidateExperience: experience.get(interviewer.id) ?? emptyCandidateExperience(),
    }))
    .sort(byNameThenId);
  const interviewsByQuestion = new Map<string, InterviewFacts[]>();
  for (const interview of input.interviews) {
    if (interview.questionId === null) continue;
    const own = interviewsByQuestion.get(interview.questionId);
    if (own) own.push(interview);
    else interviewsByQuestion.set(interview.questionId, [interview]);
  }
  return {
    generatedAt: now.toISOString(),
    population: computePopulation(input),
    interviewers,
    calibrationCurve: computeCalibrationCurve(interviewers),
    questions: input.questions.map((question) =>
      computeQuestionBenchmarks(question, interviewsByQuestion.get(question.id) ?? []),
    ),
  };
}

function byNameThenId(a: InterviewerReport, b: InterviewerReport): number {
  const byName = a.name.localeCompare(b.name, "en", { numeric: true });
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
