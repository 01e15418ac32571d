import { Badge } from "@mantine/core";
import type { CalibrationLabel } from "../api/types";
import { calibrationColors, calibrationLabels } from "./labels";

export function CalibrationBadge({ label, size = "sm" }: { label: CalibrationLabel; size?: "sm" | "md" | "lg" }) {
  return (
    <Badge color={calibrationColors[label]} variant="light" size={size} style={{ flexShrink: 0 }}>
      {calibrationLabels[label]}
    </Badge>
  );
}
