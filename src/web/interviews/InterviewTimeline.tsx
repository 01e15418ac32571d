import { Card, Stack, Title } from "@mantine/core";
import { memo, useId } from "react";
import { ChartLegend } from "../shared/chart/ChartLegend";
import { CodeMark, Marker } from "./EventMarker";
import { kindInfo } from "./kinds";
import { TimelineChart, type TimelineChartProps } from "./TimelineChart";
import { laneKinds } from "./timelineLayout";

const legend = (
  <ChartLegend
    items={[
      ...laneKinds.map((kind) => ({
        label: `${kindInfo[kind].label} (${kindInfo[kind].key})`,
        marker: <Marker info={kindInfo[kind]} x={7} y={7} size={5} />,
      })),
      {
        label: `${kindInfo.layer_completed.label} (L)`,
        marker: <Marker info={kindInfo.layer_completed} x={7} y={7} size={5} />,
      },
      {
        label: `${kindInfo.constraint_change.label} (X)`,
        marker: <Marker info={kindInfo.constraint_change} x={7} y={7} size={4} />,
      },
      { label: "Code snapshot", marker: <CodeMark x={7} y={7} /> },
    ]}
  />
);

/** The interview on one time axis: the layers as coloured bands, each kind of event in its lane, the code. */
export const InterviewTimeline = memo(function InterviewTimeline(props: Omit<TimelineChartProps, "titleId">) {
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          Timeline
        </Title>
        {legend}
        <TimelineChart {...props} titleId={titleId} />
      </Stack>
    </Card>
  );
});
