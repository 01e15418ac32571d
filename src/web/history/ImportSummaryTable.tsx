import { Alert, Table, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import type { ImportSummary } from "../api/types";
import { formatCount } from "../shared/format";

const kinds = [
  ["interviewers", "Interviewers"],
  ["candidates", "Candidates"],
  ["questions", "Questions"],
  ["interviews", "Interviews"],
  ["outcomes", "Outcomes"],
  ["offers", "Offers"],
] as const;

export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  const changed = kinds.some(([kind]) => summary[kind].created + summary[kind].updated > 0);
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title={`Imported ${formatCount(summary.lines)} lines`}
      data-testid="import-summary"
    >
      <Text size="sm" mb="sm">
        {changed
          ? `${formatCount(summary.events)} interview events written.`
          : "Everything in this file was already here: nothing changed."}
      </Text>
      <Table.ScrollContainer minWidth={340}>
        <Table verticalSpacing={4} bg="white" withTableBorder aria-label="Import summary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Records</Table.Th>
              <Table.Th ta="right">New</Table.Th>
              <Table.Th ta="right">Updated</Table.Th>
              <Table.Th ta="right">Unchanged</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map(([kind, label]) => (
              <Table.Tr key={kind}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="right">{formatCount(summary[kind].created)}</Table.Td>
                <Table.Td ta="right">{formatCount(summary[kind].updated)}</Table.Td>
                <Table.Td ta="right">{formatCount(summary[kind].unchanged)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
