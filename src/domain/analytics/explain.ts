// What an interviewer's calibration and candidate experience mean, in words for the interviewer themselves,
// with what to change. Shown by the web app beside the figures; see docs/calibration.md for the method.
import { CALIBRATION_SETTINGS } from "./calibration.js";
import { RATING_PRIOR_WEIGHT, RETURN_WINDOW_DAYS } from "./candidate-experience.js";
import type { InterviewerReport } from "./types.js";

export interface CalibrationExplanation {
  /** One sentence: the finding. */
  headline: string;
  /** Short paragraphs: the evidence, what it means, what to change, and candidate experience. */
  paragraphs: string[];
}

export function explainCalibration(
  interviewer: InterviewerReport,
  minEvidence = CALIBRATION_SETTINGS.minEvidence,
): CalibrationExplanation {
  const { calibration } = interviewer;
  const explained = explainScores(calibration, minEvidence);
  return { headline: explained.headline, paragraphs: [...explained.paragraphs, explainExperience(interviewer)] };
}

function explainScores(calibration: InterviewerReport["calibration"], minEvidence: number): CalibrationExplanation {
  const { bias, interval, evidence, label } = calibration;
  const level = `${Math.round(calibration.intervalLevel * 100)}%`;
  const basis = `This is based on ${plural(evidence, "interview")} of yours whose candidates later had real interviews elsewhere.`;
  if (label === "insufficient_data" || bias === null || interval === null) {
    const needed = Math.max(minEvidence - evidence, 1);
    const sofar =
      evidence === 0
        ? "None of your candidates has had a later real interview recorded yet."
        : `Only ${plural(evidence, "interview")} of yours ${evidence === 1 ? "has" : "have"} been followed by later real interviews.`;
    return {
      headline: "Not enough evidence yet to say whether your scores run high or low.",
      paragraphs: [
        `${sofar} We judge calibration once at least ${minEvidence} have been, so about ${plural(needed, "more interview")} with later outcomes are needed. Until then nothing is concluded about you, in either direction.`,
      ],
    };
  }
  const range = `between ${signedPoints(interval[0])} and ${signedPoints(interval[1])} (${level} interval)`;
  if (label === "too_strict") {
    return {
      headline: "Your candidates do better in later interviews than your scores predict: you may be too strict.",
      paragraphs: [
        `Compared with candidates who went on to the same later results, you score about ${points(-bias)} lower on the 1-4 scale than a typical interviewer here; the true difference is likely ${range}. ${basis}`,
        "What to change: before giving a 1 or 2, name the specific evidence that puts the candidate below the bar, and check it against the rubric's description of 3 (at the bar) rather than against your own best answer. Hints that unblock a strong candidate are not a failure.",
      ],
    };
  }
  if (label === "too_lenient") {
    return {
      headline: "Your candidates do worse in later interviews than your scores predict: you may be too lenient.",
      paragraphs: [
        `Compared with candidates who went on to the same later results, you score about ${points(bias)} higher on the 1-4 scale than a typical interviewer here; the true difference is likely ${range}. ${basis}`,
        "What to change: before giving a 3 or 4, name the specific evidence that the candidate met the bar (layers finished, hints needed, mistakes caught) and compare it with the question's benchmarks; a friendly conversation or a strong finish should not carry the score.",
      ],
    };
  }
  return {
    headline: "Your scores match how your candidates do in later interviews: you are well calibrated.",
    paragraphs: [
      `Your scores differ from what your candidates' later results support by about ${signedPoints(bias)} on the 1-4 scale, likely ${range}: not clearly too strict or too lenient. ${basis} Keep scoring from evidence as you do now.`,
    ],
  };
}

function explainExperience(interviewer: InterviewerReport): string {
  const { score, ratings, returnRate, returnEligible } = interviewer.candidateExperience;
  const parts: string[] = [];
  if (score === null) {
    parts.push("No candidate has rated an interview with you yet.");
  } else {
    parts.push(
      `Asked whether they would gladly interview with you again, candidates give you ${score.toFixed(1)} out of 4 (from ${plural(ratings, "rating")}; with few ratings the score is drawn toward the organisation's average, as if ${RATING_PRIOR_WEIGHT} more average ratings were added).`,
    );
  }
  if (returnRate !== null) {
    parts.push(
      `${Math.round(returnRate * 100)}% of your candidates interviewed again within ${RETURN_WINDOW_DAYS} days (of ${plural(returnEligible, "interview")} old enough to tell).`,
    );
  }
  if (interviewer.calibration.label === "too_strict" || interviewer.calibration.label === "too_lenient") {
    parts.push(
      "Candidates tend to have the best experience with interviewers who are neither too strict nor too lenient.",
    );
  }
  return parts.join(" ");
}

function points(value: number): string {
  const rounded = Math.abs(value).toFixed(1);
  return `${rounded} ${rounded === "1.0" ? "point" : "points"}`;
}

function signedPoints(value: number): string {
  const rounded = value.toFixed(2);
  return value > 0 ? `+${rounded}` : rounded === "-0.00" ? "0.00" : rounded;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
