// Step 2: a score from 1 to 4 for each dimension (the built-in ones and the organisation's own), the overall
// score and the decision, with what the organisation's policy lets the candidate see of them. Each score
// can carry a reason: the candidate reads it beside their own view of that point, whatever the policy.
import { Alert, Group, SegmentedControl, Stack, Text, VisuallyHidden } from "@mantine/core";
import { IconEye, IconEyeOff } from "@tabler/icons-react";
import { useId } from "react";
import type { FeedbackSettings } from "../api/types";
import { type FieldMessage, messagesUnder } from "./assessmentForm";
import { LintedTextarea } from "./LintedTextarea";

const scaleWords = ["poor", "below the bar", "at the bar", "exceptional"];
const scaleData = scaleWords.map((word, index) => ({
  value: String(index + 1),
  label: (
    <>
      {index + 1}
      <VisuallyHidden>: {word}</VisuallyHidden>
    </>
  ),
}));

interface ScoresSectionProps {
  dimensions: { id: string; label: string }[];
  scores: Record<string, number | null>;
  overall: number | null;
  advance: boolean | null;
  reasons: Record<string, string>;
  policy: FeedbackSettings["policy"];
  /** Null when the assessment is read-only here. */
  onChange:
    | ((patch: {
        scores?: Record<string, number | null>;
        overall?: number;
        advance?: boolean;
        scoreReasons?: Record<string, string>;
      }) => void)
    | null;
  errors: FieldMessage[];
}

export function ScoresSection(props: ScoresSectionProps) {
  const { dimensions, scores, overall, advance, reasons, policy, onChange, errors } = props;
  const readOnly = onChange === null;
  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        1 poor · 2 below the bar · 3 at the bar · 4 exceptional
      </Text>
      <Stack gap="sm">
        {dimensions.map((dimension) => (
          <ScoreRow
            key={dimension.id}
            label={dimension.label}
            value={scores[dimension.id] ?? null}
            readOnly={readOnly}
            onChange={(value) => onChange?.({ scores: { ...scores, [dimension.id]: value } })}
            error={messagesUnder(errors, `scores.${dimension.id}`)[0]}
            reason={reasons[dimension.id] ?? ""}
            onReason={(reason) => onChange?.({ scoreReasons: { ...reasons, [dimension.id]: reason } })}
            reasonError={messagesUnder(errors, `scoreReasons.${dimension.id}`)[0]}
          />
        ))}
        <ScoreRow
          label="Overall"
          strong
          value={overall}
          readOnly={readOnly}
          onChange={(value) => onChange?.({ overall: value })}
          error={messagesUnder(errors, "overall")[0]}
          reason={reasons.overall ?? ""}
          onReason={(reason) => onChange?.({ scoreReasons: { ...reasons, overall: reason } })}
          reasonError={messagesUnder(errors, "scoreReasons.overall")[0]}
        />
      </Stack>
      <PolicyNote
        shown={policy.includeScores}
        text="Scores are not shown to the candidate unless your organisation's policy says so"
        outcome={policy.includeScores ? "they come at the very end of the feedback" : "they stay out of the feedback"}
      />
      <DecisionRow advance={advance} readOnly={readOnly} onChange={(value) => onChange?.({ advance: value })} />
      {messagesUnder(errors, "advance").map((message) => (
        <Text key={message} size="xs" c="red.7" role="alert" mt={-8}>
          {message}
        </Text>
      ))}
      <PolicyNote
        shown={policy.includeOutcome}
        text="The decision is not shown to the candidate unless your organisation's policy says so"
        outcome={policy.includeOutcome ? "it comes last in the feedback" : "it stays out of the feedback"}
      />
    </Stack>
  );
}

interface ScoreRowProps {
  label: string;
  strong?: boolean;
  value: number | null;
  readOnly: boolean;
  onChange: (value: number) => void;
  error: string | undefined;
  reason: string;
  onReason: (reason: string) => void;
  reasonError: string | undefined;
}

function ScoreRow({ label, strong, value, readOnly, onChange, error, reason, onReason, reasonError }: ScoreRowProps) {
  const labelId = useId();
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm" fw={strong ? 700 : 500} id={labelId}>
          {label}
        </Text>
        <SegmentedControl
          color="indigo"
          size="sm"
          data={scaleData}
          value={value === null ? "" : String(value)}
          readOnly={readOnly}
          onChange={(next) => onChange(Number(next))}
          role="radiogroup"
          aria-labelledby={labelId}
          w={200}
          miw={168}
        />
      </Group>
      {error ? (
        <Text size="xs" c="red.7" role="alert" ta="right">
          {error}
        </Text>
      ) : null}
      {readOnly && reason === "" ? null : (
        <LintedTextarea
          value={reason}
          onChange={onReason}
          readOnly={readOnly}
          placeholder={`Why ${value ?? "this score"}? The candidate reads this beside their own view.`}
          label={<VisuallyHidden>Why this score for {label}</VisuallyHidden>}
          error={reasonError}
          minRows={1}
          maxRows={4}
          hideFindingsList={reason.trim() === ""}
        />
      )}
    </Stack>
  );
}

function DecisionRow({
  advance,
  readOnly,
  onChange,
}: {
  advance: boolean | null;
  readOnly: boolean;
  onChange: (value: boolean) => void;
}) {
  const labelId = useId();
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" fw={700} id={labelId}>
        Decision
      </Text>
      <SegmentedControl
        color="indigo"
        size="sm"
        data={[
          { value: "advance", label: "Advance" },
          { value: "stop", label: "Do not advance" },
        ]}
        value={advance === null ? "" : advance ? "advance" : "stop"}
        readOnly={readOnly}
        onChange={(next) => onChange(next === "advance")}
        role="radiogroup"
        aria-labelledby={labelId}
      />
    </Group>
  );
}

/** Whether the candidate will see it: the organisation's policy, as it is now. */
function PolicyNote({ shown, text, outcome }: { shown: boolean; text: string; outcome: string }) {
  return (
    <Alert
      variant="light"
      color={shown ? "orange" : "gray"}
      icon={shown ? <IconEye size={18} aria-hidden /> : <IconEyeOff size={18} aria-hidden />}
      p="xs"
    >
      <Text size="xs">
        {text}; {shown ? "it does" : "it does not"}, so {outcome}.
      </Text>
    </Alert>
  );
}
