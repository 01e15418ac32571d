import { Badge, Blockquote, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { QuestionReport } from "../api/types";
import { formatCount, plural } from "../shared/format";

const tiers = ["low", "mid", "top"] as const;
const tierLabels = { low: "Low (1–2)", mid: "Mid (3)", top: "Top (4)" };

function minutes(value: number | null): string {
  return value === null ? "–" : `${Math.round(value)} min`;
}

function median(value: number | null): string {
  return value === null ? "–" : String(Math.round(value * 10) / 10);
}

/** One question's benchmarks: what the strongest performers do, per layer and per tier. */
export function QuestionBenchmarks({ question }: { question: QuestionReport }) {
  const { benchmarks } = question;
  const titleId = `question-${question.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} size="h5" id={titleId} style={{ overflowWrap: "anywhere" }}>
            {question.title}
          </Title>
          <Badge variant="light" color="gray">
            {plural(question.interviews, "interview")}
          </Badge>
        </Group>
        <Blockquote p="sm" color="indigo" fz="sm" radius="sm" iconSize={0} styles={{ root: { fontStyle: "normal" } }}>
          {benchmarks.summary}
        </Blockquote>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={6} aria-label={`Layers of ${question.title}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Layer</Table.Th>
                  <Table.Th ta="right">Top median</Table.Th>
                  <Table.Th ta="right">Completed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {benchmarks.layers.map((layer) => (
                  <Table.Tr key={layer.layer}>
                    <Table.Td>
                      <Text size="sm">
                        <Text span c="dimmed">
                          {layer.layer}.
                        </Text>{" "}
                        {layer.title}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{minutes(layer.topMedianMinutes)}</Table.Td>
                    <Table.Td ta="right">{formatCount(layer.topCompleted)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      Coding starts
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{minutes(benchmarks.topMedianCodingStartMinutes)}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Table.ScrollContainer minWidth={300}>
            <Table verticalSpacing={6} aria-label={`Tiers of ${question.title}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th ta="right">Interviews</Table.Th>
                  <Table.Th ta="right">Median hints</Table.Th>
                  <Table.Th ta="right">Median layers</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tiers.map((tier) => (
                  <Table.Tr key={tier}>
                    <Table.Td>{tierLabels[tier]}</Table.Td>
                    <Table.Td ta="right">{formatCount(benchmarks.interviewsByTier[tier])}</Table.Td>
                    <Table.Td ta="right">{median(benchmarks.medianHintsByTier[tier])}</Table.Td>
                    <Table.Td ta="right">{median(benchmarks.medianLayersByTier[tier])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Times are minutes from the start of the interview, for top-tier interviews (overall 4). A dash: fewer than 5
          interviews to go on.
        </Text>
      </Stack>
    </Card>
  );
}
