// The end of the journey, and where a candidate who has rated lands when they come back: the feedback and
// the comparison are a click away, and the reminder to end the visit on a shared computer.
import { Anchor, Card, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconHeartHandshake } from "@tabler/icons-react";
import { Link } from "react-router";
import { type Overview, stepUrl } from "./steps";

export function ThanksStep({ overview }: { overview: Overview }) {
  const firstName = overview.candidate.name.trim().split(/\s+/)[0] || overview.candidate.name;
  const interviewer = overview.interview.interviewerName;
  return (
    <Stack gap="lg">
      <Stack gap="sm" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" color="teal" aria-hidden>
          <IconHeartHandshake size={28} />
        </ThemeIcon>
        <Title order={1} size="h2">
          Thank you, {firstName}
        </Title>
        <Text>
          Your answers and your rating have reached {overview.organization.name}. Good luck with what comes next.
        </Text>
      </Stack>
      <Card withBorder padding="md" component="nav" aria-label="Read again">
        <Text fw={600} mb="xs">
          Read again
        </Text>
        <List spacing={6}>
          <List.Item>
            <Anchor component={Link} to={stepUrl("feedback")}>
              The feedback from {interviewer}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to={stepUrl("side-by-side")}>
              Your view beside {interviewer}'s
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to={stepUrl("your-view")}>
              Your own answers
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to={stepUrl("rating")}>
              Change your rating
            </Anchor>
          </List.Item>
        </List>
      </Card>
      <Text size="sm" c="dimmed">
        On a shared computer, press “End this visit” at the top when you are done: the link in your email brings you
        back whenever you like.
      </Text>
    </Stack>
  );
}
