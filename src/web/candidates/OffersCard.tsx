import { Badge, Card, Checkbox, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { Offer } from "../api/types";
import { formatDate } from "../shared/format";
import { showServerErrors } from "../shared/forms";
import { DeleteChildButton } from "./DeleteChildButton";
import { dateInputToTimestamp, today } from "./date-input";
import { useRecordOffer } from "./queries";
import { ChoiceField, RecordPanel } from "./RecordPanel";

/** Offers made to the candidate: the close rate with and without feedback is counted from these. */
export function OffersCard({ candidateId, offers }: { candidateId: string; offers: Offer[] }) {
  const sorted = [...offers].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-labelledby="offers-heading">
      <Stack gap={2} p="md" pb="sm">
        <Text fw={600} component="h2" fz="lg" m={0} id="offers-heading">
          Offers
        </Text>
        <Text size="sm" c="dimmed">
          Offers you made, and whether the candidate had feedback during that process.
        </Text>
      </Stack>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          None recorded yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" horizontalSpacing="md" aria-label="Offers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Answer</Table.Th>
                <Table.Th>Feedback</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((offer) => (
                <Table.Tr key={offer.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(offer.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={offer.accepted ? "teal" : "red"} size="sm" w="max-content">
                      {offer.accepted ? "Accepted" : "Declined"}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{offer.feedbackGiven ? "Given" : "Not given"}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <DeleteChildButton
                      candidateId={candidateId}
                      child="offers"
                      id={offer.id}
                      what={`the offer of ${formatDate(offer.at)}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RecordOfferForm candidateId={candidateId} />
    </Card>
  );
}

function RecordOfferForm({ candidateId }: { candidateId: string }) {
  const record = useRecordOffer(candidateId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { at: today(), accepted: "true", feedbackGiven: true },
    validate: { at: (value) => (value ? null : "Enter the date of the offer") },
  });
  return (
    <RecordPanel
      label="Record an offer"
      what="offer"
      error={formError}
      pending={record.isPending}
      submitLabel="Record offer"
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        record.mutate(
          {
            at: dateInputToTimestamp(values.at),
            accepted: values.accepted === "true",
            feedbackGiven: values.feedbackGiven,
          },
          {
            onSuccess: () => {
              notifications.show({ color: "teal", message: "The offer has been recorded." });
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
          id={`${candidateId}-accepted`}
          label="Answer"
          choices={[
            { value: "true", label: "Accepted" },
            { value: "false", label: "Declined" },
          ]}
          {...form.getInputProps("accepted")}
        />
      </Group>
      <Checkbox
        label="The candidate got feedback during this hiring process"
        {...form.getInputProps("feedbackGiven", { type: "checkbox" })}
      />
    </RecordPanel>
  );
}
