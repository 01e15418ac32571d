// The seed article's chart: candidate experience against calibration. Interviewers whose calibration rests
// on enough evidence (label other than insufficient_data) are put in equal-width bins of `bias` over a range
// symmetric about 0, so the middle bin is "calibrated" and the two sides compare like with like.
import type { CalibrationBin, InterviewerReport } from "./types.js";

/** Odd, so one bin is centred on 0. */
export const CALIBRATION_CURVE_BINS = 7;

export function computeCalibrationCurve(interviewers: readonly InterviewerReport[]): CalibrationBin[] {
  const placed = interviewers.filter(
    (interviewer) => interviewer.calibration.label !== "insufficient_data" && interviewer.calibration.bias !== null,
  );
  if (placed.length === 0) return [];
  const reach = Math.max(...placed.map((interviewer) => Math.abs(interviewer.calibration.bias as number)));
  const halfRange = reach > 0 ? reach : 1;
  const width = (2 * halfRange) / CALIBRATION_CURVE_BINS;
  const bins = Array.from({ length: CALIBRATION_CURVE_BINS }, (_, k) => ({
    from: -halfRange + k * width,
    to: k === CALIBRATION_CURVE_BINS - 1 ? halfRange : -halfRange + (k + 1) * width,
    members: [] as InterviewerReport[],
  }));
  for (const interviewer of placed) {
    const position = Math.floor(((interviewer.calibration.bias as number) + halfRange) / width);
    const bin = bins[Math.min(Math.max(position, 0), CALIBRATION_CURVE_BINS - 1)];
    bin?.members.push(interviewer);
  }
  return bins.map(({ from, to, members }) => {
    const scores = members.flatMap((member) =>
      member.candidateExperience.score === null ? [] : [member.candidateExperience.score],
    );
    return {
      from,
      to,
      interviewers: members.length,
      meanCandidateExperience: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    };
  });
}
