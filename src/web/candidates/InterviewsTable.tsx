import { Anchor, Badge, Card, Group, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CandidateInterview } from "../api/types";
import { formatDate } from "../shared/format";
import { interviewDate } from "./interview-date";

function YesNo({ value, yes = "Yes", no = "No" }: { value: boolean | null | undefined; yes?: string; no?: string }) {
  if (value === null || value === undefined)
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  return (
    <Badge variant="light" color={value ? "teal" : "gray"} size="sm" w="max-content">
      {value ? yes : no}
    </Badge>
  );
}

function Score({ value }: { value: number | null | undefined }) {
  return value === null || value === undefined ? (
    <Text size="sm" c="dimmed">
      –
    </Text>
  ) : (
    <Text size="sm" ff="monospace">
      {value}
    </Text>
  );
}

export function InterviewsTable({ interviews, action }: { interviews: CandidateInterview[]; action?: ReactNode }) {
  const sorted = [...interviews].sort((a, b) => (interviewDate(a) ?? "").localeCompare(interviewDate(b) ?? ""));
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-labelledby="interviews-heading">
      <Group justify="space-between" p="md" pb="sm" gap="sm">
        <Text fw={600} component="h2" fz="lg" m={0} id="interviews-heading">
          Interviews
        </Text>
        {action}
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed" p="md" pt={0}>
          No interviews yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Interviews">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Interviewer</Table.Th>
                <Table.Th>Question</Table.Th>
                <Table.Th ta="right">Score</Table.Th>
                <Table.Th ta="right">Self</Table.Th>
                <Table.Th>Thinks passed</Table.Th>
                <Table.Th>Advance</Table.Th>
                <Table.Th ta="right">Would return</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((interview) => {
                const date = interviewDate(interview);
                return (
                  <Table.Tr key={interview.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <Anchor component={Link} to={`/interviews/${interview.id}`} size="sm" fw={500}>
                        {date ? formatDate(date) : "Not planned"}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{interview.interviewer.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={interview.question ? undefined : "dimmed"}>
                        {interview.question?.title ?? "–"}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Score value={interview.assessment?.overall} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Score value={interview.selfAssessment?.overall} />
                    </Table.Td>
                    <Table.Td>
                      <YesNo value={interview.selfAssessment?.thinksPassed} />
                    </Table.Td>
                    <Table.Td>
                      <YesNo value={interview.assessment?.advance} yes="Advance" no="No" />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Score value={interview.wouldReturn} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
