import type { CalibrationLabel, InterviewerReport } from "../api/types";

export type SortKey = "name" | "interviews" | "bias" | "label" | "experience" | "ratings" | "returnRate";
export interface Sort {
  key: SortKey;
  direction: "ascending" | "descending";
}

const labelRank: Record<CalibrationLabel, number> = {
  too_strict: 0,
  calibrated: 1,
  too_lenient: 2,
  insufficient_data: 3,
};

function value(row: InterviewerReport, key: SortKey): string | number | null {
  switch (key) {
    case "name":
      return row.name;
    case "interviews":
      return row.interviews;
    case "bias":
      return row.calibration.bias;
    case "label":
      return labelRank[row.calibration.label];
    case "experience":
      return row.candidateExperience.score;
    case "ratings":
      return row.candidateExperience.ratings;
    case "returnRate":
      return row.candidateExperience.returnRate;
  }
}

/** Sorts a copy; rows without a value go last whichever the direction, so blanks never crowd the top. */
export function sortInterviewers(rows: InterviewerReport[], { key, direction }: Sort): InterviewerReport[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === "string" ? x.localeCompare(String(y), undefined, { numeric: true }) : x - (y as number);
    return order * sign || a.name.localeCompare(b.name, undefined, { numeric: true });
  });
}
