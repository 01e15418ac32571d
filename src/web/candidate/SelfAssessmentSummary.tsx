// Step 1 once the feedback has been opened: the candidate's own view as they gave it, no longer editable,
// since the comparison is only worth something if it was written before the feedback was read.
import { Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { scoreLabel } from "./scale";
import { type Overview, stepUrl } from "./steps";

export function SelfAssessmentSummary({ overview }: { overview: Overview }) {
  const saved = overview.selfAssessment;
  if (!saved) return null;
  const score = (value: number | null | undefined) => (value ? scoreLabel(value) : "not answered");
  const answered = overview.prompts.filter((prompt) => saved.answers[prompt.id]?.trim());
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Your view
        </Title>
        <Text>As you gave it before you read the feedback. It stays as it is, so the two views can be compared.</Text>
      </Stack>
      <Card withBorder padding="md">
        <List spacing={6}>
          {overview.dimensions.map((dimension) => (
            <List.Item key={dimension.id}>
              {dimension.label}: <strong>{score(saved.scores[dimension.id])}</strong>
            </List.Item>
          ))}
          <List.Item>
            Overall: <strong>{score(saved.overall)}</strong>
          </List.Item>
          <List.Item>
            You thought you passed:{" "}
            <strong>{saved.thinksPassed === null ? "not answered" : saved.thinksPassed ? "yes" : "no"}</strong>
          </List.Item>
        </List>
      </Card>
      {answered.map((prompt) => (
        <Stack key={prompt.id} gap={2}>
          <Text fw={600}>{prompt.prompt}</Text>
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{saved.answers[prompt.id]}</Text>
        </Stack>
      ))}
      <Group>
        <Button component={Link} to={stepUrl("feedback")}>
          Back to the feedback
        </Button>
      </Group>
    </Stack>
  );
}
