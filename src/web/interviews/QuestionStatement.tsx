import { Card, Spoiler, Stack, Title } from "@mantine/core";
import { memo } from "react";
import { Markdown } from "../questions/Markdown";
import { useQuestion } from "../questions/queries";

/**
 * What the candidate was given, as the question bank has it (the statement is not versioned; the layers
 * are, and the cockpit shows the version the interview runs on). Long statements are folded, so the keys'
 * panel stays in reach on a phone. Nothing is shown while there is no statement to show.
 */
export const QuestionStatement = memo(function QuestionStatement({ questionId }: { questionId: string }) {
  const question = useQuestion(questionId);
  const statement = question.data?.statement.trim();
  if (!statement) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="statement-heading">
      <Stack gap="xs">
        <Title order={2} size="h5" id="statement-heading">
          Statement
        </Title>
        <Spoiler maxHeight={180} showLabel="Show the whole statement" hideLabel="Fold the statement">
          <Markdown markdown={statement} />
        </Spoiler>
      </Stack>
    </Card>
  );
});
