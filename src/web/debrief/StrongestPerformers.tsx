// What the strongest performers do on this question, in words the candidate can take in at a glance:
// time per layer, when they start coding, how many hints they need. History first; the question author's
// estimates while there is too little of it, said as such.
import { Card, List, Stack, Text, Title } from "@mantine/core";
import { plural } from "../shared/format";
import type { InterviewBenchmarks } from "./queries";

const minutes = (n: number) => `about ${plural(Math.max(1, Math.round(n)), "minute")}`;

export function StrongestPerformers({ benchmarks }: { benchmarks: InterviewBenchmarks }) {
  const hints = benchmarks.medianHintsByTier.top;
  const layersReached = benchmarks.medianLayersByTier.top;
  const lines = [
    benchmarks.topMedianCodingStartMinutes !== null
      ? `They spend ${minutes(benchmarks.topMedianCodingStartMinutes)} on the problem and its constraints before they start coding.`
      : null,
    ...benchmarks.layers.map((layer) =>
      layer.topMedianMinutes !== null
        ? `“${layer.title}”: they finish it ${minutes(layer.topMedianMinutes)} in.`
        : layer.expectedMinutes !== null
          ? `“${layer.title}”: the question's author expects it done ${minutes(layer.expectedMinutes)} in.`
          : `“${layer.title}”: too few interviews yet to say how long it takes.`,
    ),
    hints !== null ? `They need ${hints === 0 ? "no hints" : `about ${plural(Math.round(hints), "hint")}`}.` : null,
    layersReached !== null
      ? `They get through about ${Math.round(layersReached)} of ${benchmarks.layers.length} layers.`
      : null,
  ].filter((line): line is string => line !== null);
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          What the strongest performers do on this question
        </Title>
        {lines.length === 0 ? (
          <Text c="dimmed">This interview has no layered question to compare with.</Text>
        ) : (
          <List spacing="xs" size="lg">
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm" c="dimmed">
          {benchmarks.interviews > 0
            ? `From ${plural(benchmarks.interviews, "earlier assessed interview")} of this question.`
            : "No earlier interviews of this question have been assessed yet."}
        </Text>
      </Stack>
    </Card>
  );
}
