// Second looks (recruiters and admins): candidates who did not advance, once the organisation's period has
// passed. People improve, and a candidate who was given specific feedback often comes back stronger; this
// is where they are found again, with how they have done since and what they were told.
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconClockHour4 } from "@tabler/icons-react";
import { Link } from "react-router";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate, plural } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { type SecondLook, useDismissSecondLook, useSecondLooks } from "./queries";
import { TrajectoryStrip } from "./TrajectoryStrip";

export function SecondLookPage() {
  const looks = useSecondLooks();
  return (
    <>
      <PageHeader
        title="Second looks"
        description={
          looks.data
            ? `Candidates who did not advance, ${looks.data.months} months after their interview. You are reminded by email when each comes due.`
            : "Candidates who did not advance, once your organisation's period has passed."
        }
      />
      {looks.isPending ? (
        <Stack gap="md" aria-label="Loading the second looks">
          <Skeleton h={120} />
          <Skeleton h={120} />
        </Stack>
      ) : looks.isError ? (
        <ErrorAlert error={looks.error} title="Could not load the second looks" onRetry={() => looks.refetch()} />
      ) : (
        <Stack gap="xl">
          <Section
            title="Due now"
            looks={looks.data.due}
            empty={`Nobody is due. A candidate who does not advance appears here ${looks.data.months} months after the interview, unless they have interviewed again or had an offer.`}
          />
          <Section
            title="Coming up in the next 30 days"
            looks={looks.data.upcoming}
            empty="Nobody comes due in the next 30 days."
          />
        </Stack>
      )}
    </>
  );
}

function Section({ title, looks, empty }: { title: string; looks: SecondLook[]; empty: string }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Badge variant="light" color={looks.length > 0 ? "indigo" : "gray"}>
          {looks.length}
        </Badge>
      </Group>
      {looks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        looks.map((look) => <SecondLookCard key={look.interview.id} look={look} />)
      )}
    </Stack>
  );
}

function SecondLookCard({ look }: { look: SecondLook }) {
  const dismiss = useDismissSecondLook();
  const { interview } = look;
  const others = look.trajectory.filter((point) => point.kind === "outcome");
  const passedSince = others.filter((point) => point.kind === "outcome" && point.passed).length;
  return (
    <Card withBorder radius="md" padding="md" data-testid="second-look">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4} style={{ flex: "1 1 16rem" }}>
          <Anchor component={Link} to={`/candidates/${look.candidate.id}`} fw={600}>
            {look.candidate.name}
          </Anchor>
          <Text size="sm">
            Interviewed {formatDate(interview.heldAt)} by {interview.interviewerName}
            {interview.questionTitle ? ` on ${interview.questionTitle}` : ""}: overall {interview.overall} of 4.
          </Text>
          <Group gap={6}>
            <Badge variant="light" color={interview.feedbackSharedAt ? "teal" : "gray"} tt="none">
              {interview.feedbackSharedAt
                ? `Feedback given ${formatDate(interview.feedbackSharedAt)}`
                : "No feedback given"}
            </Badge>
            {interview.thoughtTheyPassed !== null ? (
              <Badge variant="light" color="gray" tt="none">
                {interview.thoughtTheyPassed ? "Thought they passed" : "Knew it went badly"}
              </Badge>
            ) : null}
            {interview.wouldReturn !== null ? (
              <Badge variant="light" color="gray" tt="none">
                Would interview again: {interview.wouldReturn} of 4
              </Badge>
            ) : null}
            {others.length > 0 ? (
              <Badge variant="light" color={passedSince > 0 ? "teal" : "gray"} tt="none">
                Since: passed {passedSince} of {plural(others.length, "interview")} elsewhere
              </Badge>
            ) : null}
          </Group>
          <Group gap={4}>
            <IconClockHour4 size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              Due {formatDate(look.dueAt)}
              {look.remindedAt ? ` · reminder sent ${formatDate(look.remindedAt)}` : ""}
            </Text>
          </Group>
        </Stack>
        <Stack gap="xs" align="flex-end">
          <TrajectoryStrip points={look.trajectory} />
          <Group gap="xs">
            <Button component={Link} to={`/candidates/${look.candidate.id}`} size="xs" variant="light">
              Open candidate
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              loading={dismiss.isPending}
              onClick={() => dismiss.mutate(interview.id)}
            >
              Dismiss
            </Button>
          </Group>
          {dismiss.error ? <ErrorAlert error={dismiss.error} title="Not dismissed" /> : null}
        </Stack>
      </Group>
    </Card>
  );
}
