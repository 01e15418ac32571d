// Saving the assessment (checklist, scores, decision and code remarks, all at once), and, when the API
// refuses it, every reason as a list that says where to look; each is also shown beside its field.
import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconDeviceFloppy } from "@tabler/icons-react";
import type { ChecklistItem } from "../../domain/feedback/assessment";
import { formatDateTime } from "../shared/format";
import type { FieldMessage } from "./assessmentForm";

interface SaveAssessmentBarProps {
  dirty: boolean;
  /** Whether any assessment is saved yet. */
  hasSaved: boolean;
  saving: boolean;
  savedAt: string | null;
  errors: FieldMessage[];
  /** A refusal that names no field (a conflict, the network). */
  failure: string | null;
  unanswered: number;
  items: readonly ChecklistItem[];
  dimensions: { id: string; label: string }[];
  onSave: () => void;
}

export function SaveAssessmentBar(props: SaveAssessmentBarProps) {
  const { dirty, hasSaved, saving, savedAt, errors, failure, unanswered, onSave } = props;
  const status = !hasSaved
    ? "Not saved yet"
    : dirty
      ? "Unsaved changes"
      : `Saved${savedAt ? ` ${formatDateTime(savedAt)}` : ""}`;
  return (
    <Stack gap="sm" data-testid="save-assessment">
      {failure || errors.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden />}
          title="The assessment was not saved"
          role="alert"
        >
          {failure ? <Text size="sm">{failure}</Text> : null}
          {errors.length > 0 ? (
            <List size="sm" spacing={2}>
              {errors.map((error) => (
                <List.Item key={`${error.field}:${error.message}`}>
                  <strong>{describeField(error.field, props)}</strong>: {error.message}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <Group justify="space-between" gap="sm">
        <Stack gap={0}>
          <Text size="sm" fw={500} c={dirty ? "orange.8" : "teal.8"} aria-live="polite">
            {status}
          </Text>
          {unanswered > 0 ? (
            <Text size="xs" c="dimmed">
              {unanswered === 1 ? "1 checklist question is" : `${unanswered} checklist questions are`} not answered: the
              draft leaves {unanswered === 1 ? "it" : "them"} out.
            </Text>
          ) : null}
        </Stack>
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving} onClick={onSave}>
          Save assessment
        </Button>
      </Group>
    </Stack>
  );
}

/** Where a message belongs, in the page's words: "Checklist question 3, evidence 1". */
function describeField(field: string, { items, dimensions }: Pick<SaveAssessmentBarProps, "items" | "dimensions">) {
  const [head, key, ...rest] = field.split(".");
  if (head === "checklist") {
    const index = items.findIndex((item) => item.id === key);
    const where = index === -1 ? "Checklist" : `Checklist question ${index + 1}`;
    if (rest[0] === "evidence" && rest[1] !== undefined) return `${where}, evidence ${Number(rest[1]) + 1}`;
    if (rest[0] === "complexityMistakes" && rest[1] !== undefined) {
      return `${where}, complexity mistake ${Number(rest[1]) + 1}`;
    }
    return where;
  }
  if (head === "scores") return `${dimensions.find((dimension) => dimension.id === key)?.label ?? key} score`;
  if (head === "overall") return "Overall score";
  if (head === "advance") return "Decision";
  if (head === "annotations" && key !== undefined) return `Code remark ${Number(key) + 1}`;
  return field;
}
