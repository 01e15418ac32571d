import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconCalendarPlus, IconCalendarTime } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import type { Interview, Me } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { canScheduleForAnyone, plural } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { stageLabels } from "./kinds";
import { useInterviews } from "./queries";
import { ScheduleInterviewModal } from "./ScheduleInterviewModal";

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const day = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });

function sameDay(a: Date, b: Date) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function When({ interview }: { interview: Interview }) {
  const iso = interview.startedAt ?? interview.scheduledAt;
  if (!iso)
    return (
      <Text size="sm" c="dimmed">
        Not planned
      </Text>
    );
  const at = new Date(iso);
  const today = sameDay(at, new Date());
  return (
    <Group gap={6} wrap="nowrap">
      {today ? (
        <Badge size="sm" color="indigo" variant="filled">
          Today
        </Badge>
      ) : (
        <Text size="sm">{day.format(at)}</Text>
      )}
      <Text size="sm" ff="monospace">
        {time.format(at)}
      </Text>
    </Group>
  );
}

const statusColors: Record<Interview["status"], string> = { scheduled: "gray", live: "red", finished: "teal" };
const statusLabels: Record<Interview["status"], string> = {
  scheduled: "Scheduled",
  live: "Live",
  finished: "Finished",
};

export function InterviewsPage({ me }: { me: Me }) {
  const forAnyone = canScheduleForAnyone(me.user.role);
  const [status, setStatus] = useState<Interview["status"] | "all">("all");
  const [mine, setMine] = useState(!forAnyone);
  const [scheduling, setScheduling] = useState(false);
  const interviews = useInterviews({
    mine: forAnyone ? mine : undefined,
    status: status === "all" ? undefined : status,
  });
  const list = interviews.data?.interviews ?? [];
  const now = new Date();
  const todays = list.filter((interview) => {
    const iso = interview.startedAt ?? interview.scheduledAt;
    return iso && sameDay(new Date(iso), now);
  });

  return (
    <>
      <PageHeader
        title="Interviews"
        description={
          forAnyone
            ? "Everyone's interviews, today's and upcoming first. Open one to run it: the cockpit keeps the notes."
            : "Your interviews, today's first. Open one to run it: the cockpit keeps the notes."
        }
      />
      <Card withBorder radius="md" padding={0}>
        <Group p="md" pb="sm" gap="sm" align="center" justify="space-between">
          <Group gap="md">
            <SegmentedControl
              aria-label="Status"
              value={status}
              onChange={(value) => setStatus(value as typeof status)}
              data={[
                { value: "all", label: "All" },
                { value: "scheduled", label: "Scheduled" },
                { value: "live", label: "Live" },
                { value: "finished", label: "Finished" },
              ]}
            />
            {forAnyone ? (
              <Checkbox label="Only mine" checked={mine} onChange={(event) => setMine(event.currentTarget.checked)} />
            ) : null}
          </Group>
          <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setScheduling(true)}>
            Schedule interview
          </Button>
        </Group>
        {interviews.isPending ? (
          <Stack p="md" gap="sm" aria-label="Loading interviews">
            <Skeleton h={20} />
            <Skeleton h={20} />
            <Skeleton h={20} />
          </Stack>
        ) : interviews.isError ? (
          <ErrorAlert
            error={interviews.error}
            title="Could not load interviews"
            m="md"
            onRetry={() => interviews.refetch()}
          />
        ) : list.length === 0 ? (
          <Stack align="center" gap={4} p="xl">
            <IconCalendarTime size={28} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text fw={500}>No interviews{status === "all" ? " yet" : ` ${statusLabels[status].toLowerCase()}`}</Text>
            <Text size="sm" c="dimmed" ta="center">
              {forAnyone ? "Schedule one above." : "When a recruiter schedules an interview with you, it appears here."}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Interviews">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Candidate</Table.Th>
                  <Table.Th>Question</Table.Th>
                  <Table.Th>Interviewer</Table.Th>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((interview) => (
                  <Table.Tr
                    key={interview.id}
                    bg={todays.includes(interview) ? "var(--mantine-color-indigo-0)" : undefined}
                  >
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <When interview={interview} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/interviews/${interview.id}`} size="sm" fw={500}>
                        {interview.candidate.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={interview.question ? undefined : "dimmed"}>
                        {interview.question?.title ?? "Not chosen"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {interview.interviewer.id === me.user.id ? "You" : interview.interviewer.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={interview.stage ? undefined : "dimmed"}>
                        {interview.stage ? stageLabels[interview.stage] : "–"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        size="sm"
                        variant={interview.status === "live" ? "filled" : "light"}
                        color={statusColors[interview.status]}
                      >
                        {statusLabels[interview.status]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.length > 0 ? (
          <Text size="sm" c="dimmed" p="md" pt="sm">
            {plural(list.length, "interview")}
            {todays.length ? `, ${todays.length} today` : ""}
          </Text>
        ) : null}
      </Card>
      <ScheduleInterviewModal opened={scheduling} onClose={() => setScheduling(false)} me={me} />
    </>
  );
}
