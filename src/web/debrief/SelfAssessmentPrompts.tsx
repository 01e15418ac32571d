import { Card, List, Stack, Text, Title } from "@mantine/core";
import { selfAssessmentPrompts } from "../../domain/feedback/self-assessment-prompts";

export function SelfAssessmentPrompts() {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Your turn: how do you think it went?
        </Title>
        <Text c="dimmed">Before any feedback, in your own words:</Text>
        <List type="ordered" spacing="sm" size="lg">
          {selfAssessmentPrompts.map((item) => (
            <List.Item key={item.id}>{item.prompt}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
