import type { CalibrationLabel } from "../api/types";

export const calibrationLabels: Record<CalibrationLabel, string> = {
  too_strict: "Too strict",
  calibrated: "Calibrated",
  too_lenient: "Too lenient",
  insufficient_data: "Not enough data",
};

/** Mantine colour names: badges use them directly, charts through `labelFill`. */
export const calibrationColors: Record<CalibrationLabel, string> = {
  too_strict: "blue",
  calibrated: "teal",
  too_lenient: "orange",
  insufficient_data: "gray",
};

export const labelOrder: CalibrationLabel[] = ["too_strict", "calibrated", "too_lenient", "insufficient_data"];

export function labelFill(label: CalibrationLabel): string {
  return `var(--mantine-color-${calibrationColors[label]}-6)`;
}
