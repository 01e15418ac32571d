import { Badge, Card, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { Outcome } from "../api/types";
import { formatDate } from "../shared/format";
import { showServerErrors } from "../shared/forms";
import { DeleteChildButton } from "./DeleteChildButton";
import { dateInputToTimestamp, today } from "./date-input";
import { useRecordOutcome } from "./queries";
import { ChoiceField, RecordPanel } from "./RecordPanel";

/** Later, real interviews elsewhere: what calibration is judged by. */
export function OutcomesCard({ candidateId, outcomes }: { candidateId: string; outcomes: Outcome[] }) {
  const sorted = [...outcomes].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-labelledby="outcomes-heading">
      <Stack gap={2} p="md" pb="sm">
        <Text fw={600} component="h2" fz="lg" m={0} id="outcomes-heading">
          Later outcomes
        </Text>
        <Text size="sm" c="dimmed">
          The candidate's later interviews elsewhere: how interviewers' calibration is judged.
        </Text>
      </Stack>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          None recorded yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" horizontalSpacing="md" aria-label="Later outcomes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Company · stage</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((outcome) => (
                <Table.Tr key={outcome.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(outcome.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={outcome.passed ? "teal" : "red"} size="sm" w="max-content">
                      {outcome.passed ? "Passed" : "Not passed"}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={outcome.company || outcome.stage ? undefined : "dimmed"}>
                      {[outcome.company, outcome.stage].filter(Boolean).join(" · ") || "–"}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <DeleteChildButton
                      candidateId={candidateId}
                      child="outcomes"
                      id={outcome.id}
                      what={`the outcome of ${formatDate(outcome.at)}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RecordOutcomeForm candidateId={candidateId} />
    </Card>
  );
}

function RecordOutcomeForm({ candidateId }: { candidateId: string }) {
  const record = useRecordOutcome(candidateId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { at: today(), passed: "true", company: "", stage: "" },
    validate: { at: (value) => (value ? null : "Enter the date of the interview") },
  });
  return (
    <RecordPanel
      label="Record an outcome"
      what="outcome"
      error={formError}
      pending={record.isPending}
      submitLabel="Record outcome"
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        record.mutate(
          {
            at: dateInputToTimestamp(values.at),
            passed: values.passed === "true",
            company: values.company.trim() || undefined,
            stage: values.stage.trim() || undefined,
          },
          {
            onSuccess: () => {
              notifications.show({ color: "teal", message: "The outcome has been recorded." });
              form.reset();
            },
            onError: (error) => setFormError(showServerErrors(form, error)),
          },
        );
      })}
    >
      <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput type="date" label="Date" required miw={150} {...form.getInputProps("at")} />
        <ChoiceField
          id={`${candidateId}-passed`}
          label="Result"
          choices={[
            { value: "true", label: "Passed" },
            { value: "false", label: "Not passed" },
          ]}
          {...form.getInputProps("passed")}
        />
      </Group>
      <Group gap="sm" align="flex-start" grow wrap="wrap">
        <TextInput label="Company" miw={150} {...form.getInputProps("company")} />
        <TextInput label="Stage" placeholder="Onsite" miw={150} {...form.getInputProps("stage")} />
      </Group>
    </RecordPanel>
  );
}
