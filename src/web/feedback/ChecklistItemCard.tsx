// One question of the checklist: the answer, a comment, and the evidence behind it (moments of the timeline,
// lines of the code), plus the wrong claims for the complexity question.
import {
  Button,
  Group,
  MultiSelect,
  Pill,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  VisuallyHidden,
} from "@mantine/core";
import { IconCode } from "@tabler/icons-react";
import { memo, useId } from "react";
import { type ChecklistAnswer, type ChecklistItem, isConcern } from "../../domain/feedback/assessment";
import type { CodeSnapshot, EvidenceLink } from "../api/types";
import { type ChecklistEntry, type FieldMessage, messagesUnder } from "./assessmentForm";
import { ComplexityMistakesField } from "./ComplexityMistakesField";
import { codeEvidenceLabel, linesLabel } from "./evidenceLabels";
import type { LineSelection } from "./lineSelection";

const answers: { value: ChecklistAnswer; label: string; spoken: string }[] = [
  { value: "yes", label: "Yes", spoken: "Yes" },
  { value: "partly", label: "Partly", spoken: "Partly" },
  { value: "no", label: "No", spoken: "No" },
  { value: "not_applicable", label: "N/A", spoken: "Not applicable" },
];
const answerData = answers.map(({ value, label, spoken }) => ({
  value,
  label:
    label === spoken ? (
      label
    ) : (
      <>
        <span aria-hidden>{label}</span>
        <VisuallyHidden>{spoken}</VisuallyHidden>
      </>
    ),
}));

interface ChecklistItemCardProps {
  item: ChecklistItem;
  number: number;
  entry: ChecklistEntry;
  onChange: ((itemId: string, entry: ChecklistEntry) => void) | null;
  eventOptions: { value: string; label: string }[];
  snapshots: CodeSnapshot[];
  selection: LineSelection | null;
  errors: FieldMessage[];
}

export const ChecklistItemCard = memo(function ChecklistItemCard(props: ChecklistItemCardProps) {
  const { item, number, entry, onChange, eventOptions, snapshots, selection, errors } = props;
  const questionId = useId();
  const readOnly = onChange === null;
  const path = `checklist.${item.id}`;
  const set = (patch: Partial<ChecklistEntry>) => onChange?.(item.id, { ...entry, ...patch });
  const eventIds = entry.evidence.flatMap((link) => (link.kind === "event" ? [link.eventId] : []));
  const codeLinks = entry.evidence.flatMap((link, index) => (link.kind === "code" ? [{ link, index }] : []));
  const setEvents = (ids: string[]) =>
    set({
      evidence: [
        ...ids.map((eventId): EvidenceLink => ({ kind: "event", eventId })),
        ...codeLinks.map(({ link }) => link),
      ],
    });
  const attached =
    selection !== null &&
    codeLinks.some(
      ({ link }) =>
        link.snapshotId === selection.snapshotId &&
        link.startLine === selection.startLine &&
        link.endLine === selection.endLine,
    );
  const evidenceErrors = messagesUnder(errors, `${path}.evidence`);
  const otherErrors = errors
    .filter(
      (error) =>
        (error.field === path || error.field.startsWith(`${path}.`)) &&
        !error.field.startsWith(`${path}.evidence`) &&
        !error.field.startsWith(`${path}.complexityMistakes`),
    )
    .map((error) => error.message);
  // Unanswered or not applicable: only the question, so the list reads quickly; details follow an answer.
  const open =
    (entry.answer !== null && entry.answer !== "not_applicable") || entry.comment !== "" || entry.evidence.length > 0;
  const showMistakes = item.id === "complexity_mistakes" && (entry.answer === "yes" || entry.answer === "partly");

  return (
    <Stack
      gap="sm"
      component="fieldset"
      aria-labelledby={questionId}
      data-testid={`checklist-${item.id}`}
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text fw={600} size="sm" id={questionId} style={{ flex: "1 1 260px" }}>
          {number}. {item.question}
        </Text>
        <SegmentedControl
          color="indigo"
          size="sm"
          data={answerData}
          value={entry.answer ?? ""}
          readOnly={readOnly}
          onChange={(value) => set({ answer: value as ChecklistAnswer })}
          role="radiogroup"
          aria-labelledby={questionId}
        />
      </Group>
      {entry.answer && entry.answer !== "not_applicable" ? (
        <Text size="xs" c="dimmed" mt={-6}>
          In the draft:{" "}
          {isConcern(item, entry.answer) ? "where it went astray, and what to practise" : "what went well"}.
        </Text>
      ) : null}
      {open ? (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Textarea
              label="Comment"
              size="sm"
              autosize
              minRows={1}
              maxRows={6}
              placeholder={readOnly ? "No comment" : "What you saw, in a sentence the candidate can act on"}
              value={entry.comment}
              readOnly={readOnly}
              onChange={(event) => set({ comment: event.currentTarget.value })}
            />
            <MultiSelect
              label="Moments from the timeline"
              size="sm"
              searchable
              clearable={!readOnly}
              readOnly={readOnly}
              disabled={eventOptions.length === 0}
              placeholder={
                eventOptions.length === 0 ? "No events were recorded in this interview" : readOnly ? "" : "Pick events"
              }
              nothingFoundMessage="No event matches"
              data={eventOptions}
              value={eventIds}
              onChange={setEvents}
              error={evidenceErrors.length > 0 ? evidenceErrors.join(" · ") : undefined}
              comboboxProps={{ withinPortal: true }}
              maxDropdownHeight={280}
            />
          </SimpleGrid>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Lines of code
            </Text>
            {codeLinks.length > 0 ? (
              <Group gap={6}>
                {codeLinks.map(({ link, index }) => (
                  <Pill
                    key={`${link.snapshotId}:${link.startLine}-${link.endLine}`}
                    withRemoveButton={!readOnly}
                    onRemove={() => set({ evidence: entry.evidence.filter((_, other) => other !== index) })}
                    removeButtonProps={{ "aria-label": `Remove ${codeEvidenceLabel(link, snapshots)}` }}
                  >
                    {codeEvidenceLabel(link, snapshots)}
                  </Pill>
                ))}
              </Group>
            ) : null}
            {readOnly ? (
              codeLinks.length === 0 ? (
                <Text size="xs" c="dimmed">
                  None.
                </Text>
              ) : null
            ) : snapshots.length === 0 ? (
              <Text size="xs" c="dimmed">
                No code snapshots were saved in this interview.
              </Text>
            ) : selection ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconCode size={14} aria-hidden />}
                disabled={attached}
                onClick={() => set({ evidence: [...entry.evidence, { kind: "code", ...selection }] })}
                style={{ alignSelf: "flex-start" }}
              >
                {attached
                  ? `${linesLabel(selection.startLine, selection.endLine)} attached`
                  : `Attach the selected ${linesLabel(selection.startLine, selection.endLine).toLowerCase()}`}
              </Button>
            ) : (
              <Text size="xs" c="dimmed">
                Select lines in the code walk-through (step 3) to attach them here.
              </Text>
            )}
          </Stack>
          {showMistakes ? (
            <ComplexityMistakesField
              mistakes={entry.complexityMistakes}
              onChange={readOnly ? null : (complexityMistakes) => set({ complexityMistakes })}
              path={`${path}.complexityMistakes`}
              errors={errors}
            />
          ) : null}
        </>
      ) : null}
      {otherErrors.map((message) => (
        <Text key={message} size="xs" c="red.7" role="alert">
          {message}
        </Text>
      ))}
    </Stack>
  );
});
