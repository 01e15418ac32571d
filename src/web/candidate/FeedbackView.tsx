// The feedback as released: the interviewer's text, how others did on the question, the candidate's code
// with the remarks on it, and last, only where the organisation shares them, the scores and the outcome.
import { Alert, Badge, Card, Group, List, Skeleton, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { CandidateFeedbackResponse } from "../../features/candidate-portal/schemas";
import { formatClock } from "../interviews/kinds";
import { Markdown } from "../questions/Markdown";
import { formatDateTime } from "../shared/format";
import classes from "./candidate.module.css";
import { scoreLabel } from "./scale";

// highlight.js and its grammars load with the feedback, not with the self-assessment before it.
const CodeLines = lazy(() => import("./CodeLines").then((module) => ({ default: module.CodeLines })));

export function FeedbackView({
  feedback,
  interviewerName,
}: {
  feedback: CandidateFeedbackResponse;
  interviewerName: string;
}) {
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Released by {interviewerName} on {formatDateTime(feedback.releasedAt)}
        </Text>
        {feedback.corrected ? (
          <Badge variant="light" color="indigo" c="dark.8" tt="none">
            Corrected (version {feedback.version})
          </Badge>
        ) : null}
      </Group>
      <Card withBorder padding="lg" component="section" aria-label="The feedback">
        <Markdown markdown={feedback.text} />
      </Card>
      {feedback.benchmarks ? (
        <Stack gap={4} component="section" aria-labelledby="benchmarks-heading" className={classes.keepTogether}>
          <Title order={2} size="h4" id="benchmarks-heading">
            How others did on this question
          </Title>
          <Text>{feedback.benchmarks}</Text>
        </Stack>
      ) : null}
      {feedback.walkthrough.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="code-heading">
          <Title order={2} size="h4" id="code-heading">
            Your code, with {interviewerName}'s remarks
          </Title>
          {feedback.walkthrough.map((block) => {
            const label = `Your code at ${formatClock(block.at)} into the interview, ${block.language}`;
            return (
              <Stack key={`${block.at}-${block.language}`} gap={4}>
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <Suspense fallback={<Skeleton h={160} />}>
                  <CodeLines block={block} label={label} />
                </Suspense>
              </Stack>
            );
          })}
        </Stack>
      ) : null}
      <Shared feedback={feedback} />
    </Stack>
  );
}

function Shared({ feedback }: { feedback: CandidateFeedbackResponse }) {
  if (!feedback.scores && feedback.overall === null && !feedback.outcome) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="scores-heading" className={classes.keepTogether}>
      <Title order={2} size="h4" id="scores-heading">
        {feedback.scores ? "Scores and outcome" : "Outcome"}
      </Title>
      {feedback.scores ? (
        <List spacing={4}>
          {feedback.scores.map((score) => (
            <List.Item key={score.id}>
              {score.label}: <strong>{scoreLabel(score.score)}</strong>
            </List.Item>
          ))}
          {feedback.overall !== null ? (
            <List.Item>
              Overall: <strong>{scoreLabel(feedback.overall)}</strong>
            </List.Item>
          ) : null}
        </List>
      ) : null}
      {feedback.outcome ? (
        <Alert variant="light" color={feedback.outcome === "advanced" ? "teal" : "gray"} title="The outcome">
          {feedback.outcome === "advanced" ? "You are through to the next round." : "You did not advance this time."}
        </Alert>
      ) : null}
    </Stack>
  );
}
