import { VisuallyHidden } from "@mantine/core";
import type { CalibrationBin } from "../api/types";
import { formatSigned } from "../shared/format";
import type { PlottedInterviewer } from "./CalibrationChart";
import { calibrationLabels } from "./labels";

/** The chart's data for a screen reader: every point, then the curve's bands. */
export function CalibrationDataTable({ points, curve }: { points: PlottedInterviewer[]; curve: CalibrationBin[] }) {
  return (
    <VisuallyHidden>
      <table>
        <caption>Interviewers plotted: calibration bias and candidate experience</caption>
        <thead>
          <tr>
            <th>Interviewer</th>
            <th>Bias</th>
            <th>Candidate experience</th>
            <th>Calibration</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.row.id}>
              <td>{point.row.name}</td>
              <td>{formatSigned(point.bias)}</td>
              <td>{point.experience.toFixed(2)}</td>
              <td>{calibrationLabels[point.row.calibration.label]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Average candidate experience per band of bias</caption>
        <thead>
          <tr>
            <th>Bias from</th>
            <th>Bias to</th>
            <th>Interviewers</th>
            <th>Average experience</th>
          </tr>
        </thead>
        <tbody>
          {curve.map((bin) => (
            <tr key={bin.from}>
              <td>{formatSigned(bin.from)}</td>
              <td>{formatSigned(bin.to)}</td>
              <td>{bin.interviewers}</td>
              <td>{bin.meanCandidateExperience === null ? "none" : bin.meanCandidateExperience.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
