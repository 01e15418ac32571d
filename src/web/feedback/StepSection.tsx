// One numbered step of the feedback page, so the way from a finished interview to released feedback reads
// top to bottom: checklist, scores, code, feedback.
import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface StepSectionProps {
  id: string;
  step: number;
  title: string;
  description?: ReactNode;
  /** Beside the title: whether the step is done, a count. */
  aside?: ReactNode;
  children: ReactNode;
}

export function StepSection({ id, step, title, description, aside, children }: StepSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      id={id}
      aria-labelledby={headingId}
      // The step links at the top jump here; the app's header would otherwise cover the step's title.
      style={{ scrollMarginTop: 72 }}
    >
      <Stack gap="md">
        <Stack gap={4}>
          {/* On a phone the count goes under the title rather than squeezing it. */}
          <Group justify="space-between" gap="xs" align="center">
            <Group gap="xs" wrap="nowrap">
              <Badge circle size="lg" variant="light" aria-hidden>
                {step}
              </Badge>
              <Title order={2} size="h4" id={headingId}>
                {title}
              </Title>
            </Group>
            {aside}
          </Group>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}
