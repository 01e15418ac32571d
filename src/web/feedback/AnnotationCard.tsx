// One remark on lines of code, shown under those lines: its kind, the lines, the words; changed or deleted
// in place by the interviewer.
import { ActionIcon, Badge, Group, Stack, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import type { CodeAnnotation } from "../api/types";
import { linesLabel } from "./evidenceLabels";
import { annotationKindInfo } from "./lineSelection";

interface AnnotationCardProps {
  annotation: CodeAnnotation;
  errors: string[];
  onEdit: (() => void) | null;
  onDelete: (() => void) | null;
}

export function AnnotationCard({ annotation, errors, onEdit, onDelete }: AnnotationCardProps) {
  const info = annotationKindInfo[annotation.kind];
  const lines = linesLabel(annotation.startLine, annotation.endLine);
  return (
    <Stack
      gap={2}
      pl="xs"
      style={{ borderLeft: `3px solid var(--mantine-color-${info.color}-6)` }}
      data-testid="annotation"
    >
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Badge size="sm" color={info.color} variant="light" tt="none">
            {info.label}
          </Badge>
          <Text size="xs" c="dimmed">
            {lines}
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap">
          {onEdit ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Edit the remark on ${lines}`}
              onClick={onEdit}
            >
              <IconPencil size={14} aria-hidden />
            </ActionIcon>
          ) : null}
          {onDelete ? (
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={`Delete the remark on ${lines}`}
              onClick={onDelete}
            >
              <IconTrash size={14} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {annotation.comment}
      </Text>
      {errors.map((message) => (
        <Text key={message} size="xs" c="red.7" role="alert">
          {message}
        </Text>
      ))}
    </Stack>
  );
}
