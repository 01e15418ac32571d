// In the last minutes of the interview the candidate can answer the self-assessment on this screen. What
// they answer here is what their feedback link opens with, for them to confirm or change before reading the
// feedback; once they have read it, it stays as given.
import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCheck, IconLock } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { builtInScoreDimensions } from "../../domain/feedback/assessment";
import { selfAssessmentPrompts } from "../../domain/feedback/self-assessment-prompts";
import { SelfAssessmentFields } from "../candidate/SelfAssessmentFields";
import {
  initialValues,
  placeServerErrors,
  type SelfAssessmentSource,
  type SelfAssessmentValues,
  toBody,
  validate,
} from "../candidate/selfAssessmentForm";
import { useFeedbackSettings } from "../settings/queries";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime } from "../shared/format";
import { useDebriefSelfAssessment, useRecordSelfAssessment } from "./self-assessment-queries";

export function CandidateAnswers({ interviewId }: { interviewId: string }) {
  const saved = useDebriefSelfAssessment(interviewId);
  const settings = useFeedbackSettings();
  const [open, setOpen] = useState(false);
  if (saved.isPending || settings.isPending) return <Skeleton h={120} aria-label="Loading the candidate's answers" />;
  if (saved.isError || settings.isError) {
    return (
      <ErrorAlert
        error={saved.error ?? settings.error}
        title="Could not load the candidate's answers"
        onRetry={() => {
          void saved.refetch();
          void settings.refetch();
        }}
      />
    );
  }
  const source: SelfAssessmentSource = {
    dimensions: [...builtInScoreDimensions, ...settings.data.scoreDimensions],
    prompts: selfAssessmentPrompts.map(({ id, prompt }) => ({ id, prompt })),
    selfAssessment: saved.data,
  };
  return (
    <Card withBorder radius="md" padding="lg" data-testid="candidate-answers">
      <Stack gap="md">
        <Title order={2} size="h3">
          Answer here, if you like
        </Title>
        {saved.data?.locked ? (
          <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
            The candidate has read the feedback: their answers stay as they gave them.
          </Alert>
        ) : open ? (
          <AnswersForm interviewId={interviewId} source={source} onDone={() => setOpen(false)} />
        ) : (
          <>
            <Text>
              {saved.data
                ? `Answered ${formatDateTime(saved.data.updatedAt)}. The feedback link opens with these answers, to confirm or change before reading the feedback.`
                : "The same questions, on the same scales as the interviewer's. The feedback link opens with these answers, to confirm or change before reading the feedback."}
            </Text>
            <Group>
              <Button variant="light" onClick={() => setOpen(true)}>
                {saved.data ? "Change the answers" : "Answer the questions"}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

function AnswersForm(props: { interviewId: string; source: SelfAssessmentSource; onDone: () => void }) {
  const { interviewId, source, onDone } = props;
  const record = useRecordSelfAssessment(interviewId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SelfAssessmentValues>({
    initialValues: initialValues(source),
    validate: (values) => validate(values, source),
  });
  // The first question gets the focus: the screen has just been handed over.
  useEffect(() => {
    document.querySelector<HTMLElement>('[data-testid="candidate-answers"] input')?.focus();
  }, []);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        record.mutate(toBody(values), {
          onSuccess: onDone,
          onError: (error) => setFormError(placeServerErrors(source, form.setFieldError, error)),
        });
      })}
    >
      <Stack gap="lg">
        <SelfAssessmentFields form={form} source={source} />
        {formError ? <ErrorAlert error={formError} title="The answers were not saved" /> : null}
        <Group>
          <Button type="submit" leftSection={<IconCheck size={16} aria-hidden />} loading={record.isPending}>
            Save the answers
          </Button>
          <Button variant="default" onClick={onDone} disabled={record.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
