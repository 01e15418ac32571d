// Writing or changing a remark on lines of code: which lines (typed, for a phone or the keyboard, or as
// selected with the line numbers), what kind of remark, and the remark itself. Controlled: the walk-through
// keeps the words, so they survive the selection moving.
import { Button, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { type ReactNode, useId, useState } from "react";
import { type AnnotationKind, annotationKinds } from "../../domain/feedback/assessment";
import { annotationKindInfo } from "./lineSelection";

export interface AnnotationDraft {
  kind: AnnotationKind;
  comment: string;
}

export interface LineRange {
  startLine: number;
  endLine: number;
}

interface AnnotationFormProps {
  lineCount: number;
  range: LineRange;
  onRangeChange: (range: LineRange) => void;
  draft: AnnotationDraft;
  onDraftChange: (draft: AnnotationDraft) => void;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** More actions beside the buttons (attaching the lines to a checklist answer). */
  extra?: ReactNode;
  autoFocus?: boolean;
}

const kindOptions = annotationKinds.map((kind) => ({ value: kind, label: annotationKindInfo[kind].label }));

export function AnnotationForm(props: AnnotationFormProps) {
  const { lineCount, range, onRangeChange, draft, onDraftChange, submitLabel, onSubmit, onCancel, extra } = props;
  const [error, setError] = useState<string | null>(null);
  const kindLabel = useId();

  const setLine = (which: keyof LineRange, value: number | string) => {
    if (value === "") return;
    const line = Math.min(lineCount, Math.max(1, Math.round(Number(value) || 1)));
    const next = { ...range, [which]: line };
    // A start typed after the end (or the other way round) moves the other end along.
    if (next.startLine > next.endLine) {
      if (which === "startLine") next.endLine = line;
      else next.startLine = line;
    }
    onRangeChange(next);
  };

  const submit = () => {
    if (!draft.comment.trim()) {
      setError("Say what about these lines: the comment goes into the feedback");
      return;
    }
    setError(null);
    onSubmit();
  };

  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NumberInput
          label="From line"
          size="xs"
          w={84}
          min={1}
          max={lineCount}
          value={range.startLine}
          onChange={(value) => setLine("startLine", value)}
          allowDecimal={false}
        />
        <NumberInput
          label="To line"
          size="xs"
          w={84}
          min={1}
          max={lineCount}
          value={range.endLine}
          onChange={(value) => setLine("endLine", value)}
          allowDecimal={false}
        />
        <Stack gap={2} miw={0}>
          <Text size="xs" fw={500} id={kindLabel}>
            Kind
          </Text>
          <SegmentedControl
            color="indigo"
            size="xs"
            data={kindOptions}
            value={draft.kind}
            onChange={(value) => onDraftChange({ ...draft, kind: value as AnnotationKind })}
            role="radiogroup"
            aria-labelledby={kindLabel}
          />
        </Stack>
      </Group>
      <Textarea
        label="Comment"
        size="sm"
        autosize
        minRows={2}
        maxRows={8}
        placeholder="What these lines do, and what would have been better"
        value={draft.comment}
        error={error}
        autoFocus={props.autoFocus}
        onChange={(event) => onDraftChange({ ...draft, comment: event.currentTarget.value })}
        onKeyDown={(event) => {
          // Ctrl+Enter adds it without leaving the keyboard.
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Button size="xs" type="submit">
            {submitLabel}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
        {extra}
      </Group>
    </Stack>
  );
}
