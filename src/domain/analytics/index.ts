// The analytics domain's public surface: pure functions from AnalyticsInput to the report of spec/analytics.md.
export { computeQuestionBenchmarks, MIN_INTERVIEWS_FOR_FIGURE, tierOf } from "./benchmarks.js";
export {
  CALIBRATION_SETTINGS,
  type Calibration,
  type CalibrationResult,
  type CalibrationSettings,
  computeCalibration,
} from "./calibration.js";
export { CALIBRATION_CURVE_BINS, computeCalibrationCurve } from "./calibration-curve.js";
export {
  type CandidateExperience,
  computeCandidateExperience,
  RATING_PRIOR_WEIGHT,
  RETURN_WINDOW_DAYS,
} from "./candidate-experience.js";
export { type CalibrationExplanation, explainCalibration } from "./explain.js";
export { computeCloseRate, computePopulation } from "./population.js";
export { buildAnalyticsReport } from "./report.js";
export {
  median,
  newcombeDifferenceInterval,
  sampleStandardDeviation,
  sampleVariance,
  spearman,
  wilsonInterval,
} from "./stats.js";
export type * from "./types.js";
