// Steps 1 to 3 of the feedback page, the assessment: the checklist with its evidence, the scores and the
// decision, the code walk-through; saved together. Read-only for a recruiter or admin, who may release the
// feedback but not assess someone else's interview.
import { Badge, Divider, Stack, Text } from "@mantine/core";
import { Fragment, useCallback, useMemo, useState } from "react";
import type { ChecklistItem } from "../../domain/feedback/assessment";
import type { CodeAnnotation, CodeSnapshot, EvidenceLink, FeedbackSettings } from "../api/types";
import type { AssessmentForm, FieldMessage } from "./assessmentForm";
import { ChecklistItemCard } from "./ChecklistItemCard";
import { CodeWalkthrough } from "./CodeWalkthrough";
import type { LineSelection } from "./lineSelection";
import { SaveAssessmentBar } from "./SaveAssessmentBar";
import { ScoresSection } from "./ScoresSection";
import { StepSection } from "./StepSection";
import type { useAssessmentForm } from "./useAssessmentForm";

interface AssessmentStepsProps {
  interviewId: string;
  state: ReturnType<typeof useAssessmentForm>;
  readOnly: boolean;
  savedAt: string | null;
  items: readonly ChecklistItem[];
  dimensions: { id: string; label: string }[];
  policy: FeedbackSettings["policy"];
  eventOptions: { value: string; label: string }[];
  snapshots: CodeSnapshot[];
}

const noErrors: FieldMessage[] = [];

export function AssessmentSteps(props: AssessmentStepsProps) {
  const { interviewId, state, readOnly, items, dimensions, policy, eventOptions, snapshots } = props;
  const { form, setEntry, update } = state;
  const [selection, setSelection] = useState<LineSelection | null>(null);
  const errors = state.errors.length > 0 ? state.errors : noErrors;
  const answered = items.filter((item) => form.checklist[item.id]?.answer).length;

  const attachTargets = useMemo(
    () => items.map((item, index) => ({ id: item.id, label: `${index + 1}. ${item.question}` })),
    [items],
  );
  const attach = useCallback(
    (itemId: string, link: EvidenceLink) => {
      const entry = form.checklist[itemId];
      if (!entry) return;
      setEntry(itemId, { ...entry, evidence: [...entry.evidence, link] });
    },
    [form.checklist, setEntry],
  );
  const setAnnotations = useCallback((annotations: CodeAnnotation[]) => update({ annotations }), [update]);
  const setScores = useCallback((patch: Partial<AssessmentForm>) => update(patch), [update]);

  return (
    <>
      <StepSection
        id="checklist"
        step={1}
        title="Checklist"
        description="Answer each question and point at the evidence: moments of the timeline, lines of the code. The draft is written from these answers."
        aside={
          <Badge variant="light" color={answered === items.length ? "teal" : "gray"} tt="none">
            {answered} of {items.length} answered
          </Badge>
        }
      >
        <Stack gap="lg">
          {items.map((item, index) => (
            <Fragment key={item.id}>
              {index > 0 ? <Divider /> : null}
              <ChecklistItemCard
                item={item}
                number={index + 1}
                entry={form.checklist[item.id] ?? { answer: null, comment: "", evidence: [], complexityMistakes: [] }}
                onChange={readOnly ? null : setEntry}
                eventOptions={eventOptions}
                snapshots={snapshots}
                selection={selection}
                errors={errors}
              />
            </Fragment>
          ))}
        </Stack>
      </StepSection>
      <StepSection
        id="scores"
        step={2}
        title="Scores and decision"
        description="For your organisation's records and calibration."
      >
        <ScoresSection
          dimensions={dimensions}
          scores={form.scores}
          overall={form.overall}
          advance={form.advance}
          reasons={form.scoreReasons}
          policy={policy}
          onChange={readOnly ? null : setScores}
          errors={errors}
        />
      </StepSection>
      <StepSection
        id="code"
        step={3}
        title="Code walk-through"
        description="Remarks on lines of the candidate's code; the feedback quotes those lines with each remark."
        aside={
          <Badge variant="light" color="gray" tt="none">
            {form.annotations.length === 1 ? "1 remark" : `${form.annotations.length} remarks`}
          </Badge>
        }
      >
        <CodeWalkthrough
          interviewId={interviewId}
          snapshots={snapshots}
          annotations={form.annotations}
          onAnnotationsChange={readOnly ? null : setAnnotations}
          selection={selection}
          onSelectionChange={setSelection}
          attachTargets={attachTargets}
          onAttach={readOnly ? null : attach}
          errors={errors}
        />
      </StepSection>
      {readOnly ? (
        <Text size="sm" c="dimmed">
          Only the interviewer assesses their interview; you see their assessment as they saved it.
        </Text>
      ) : (
        <SaveAssessmentBar
          dirty={state.dirty}
          hasSaved={state.hasSaved}
          saving={state.saving}
          savedAt={props.savedAt}
          errors={state.errors}
          failure={state.failure}
          unanswered={items.length - answered}
          items={items}
          dimensions={dimensions}
          onSave={state.save}
        />
      )}
    </>
  );
}
