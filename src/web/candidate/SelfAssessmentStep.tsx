// Step 1: the candidate's own view, before any feedback: a score on each of the interviewer's scales,
// overall, whether they think they passed, and four prompts in their own words. It can change until the
// feedback is opened; from then on it is shown as it was given.
import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage, isApiError } from "../api/client";
import { ErrorAlert } from "../shared/ErrorAlert";
import classes from "./candidate.module.css";
import { candidateKey, useOpenFeedback, useSaveSelfAssessment } from "./queries";
import { SelfAssessmentFields } from "./SelfAssessmentFields";
import { SelfAssessmentSummary } from "./SelfAssessmentSummary";
import { initialValues, placeServerErrors, type SelfAssessmentValues, toBody, validate } from "./selfAssessmentForm";
import { type Overview, stepUrl } from "./steps";

export function SelfAssessmentStep({ overview }: { overview: Overview }) {
  if (overview.selfAssessment?.locked) return <SelfAssessmentSummary overview={overview} />;
  return <SelfAssessmentForm overview={overview} />;
}

function SelfAssessmentForm({ overview }: { overview: Overview }) {
  const save = useSaveSelfAssessment();
  const open = useOpenFeedback();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<{ title: string; message: string } | null>(null);
  const form = useForm<SelfAssessmentValues>({
    initialValues: initialValues(overview),
    validate: (values) => validate(values, overview),
  });
  const saved = overview.selfAssessment;
  const unchanged = saved !== null && !form.isDirty();
  const interviewer = overview.interview.interviewerName;

  // The first field that needs an answer gets the focus, so a keyboard or screen-reader user is taken there.
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>("[data-invalid] input, [aria-invalid='true']")?.focus(),
    );

  const proceed = () => {
    if (!overview.feedback.available) {
      const message = "The feedback has not been released yet: come back through the link in your email.";
      setFormError({ title: "Your answers are saved", message });
      return;
    }
    open.mutate(undefined, {
      onSuccess: () => navigate(stepUrl("feedback")),
      onError: (error) => setFormError({ title: "The feedback could not be opened", message: errorMessage(error) }),
    });
  };

  const onSubmit = form.onSubmit((values) => {
    setFormError(null);
    if (unchanged) return proceed();
    save.mutate(toBody(values), {
      onSuccess: (result) => {
        form.resetDirty();
        form.setInitialValues(values);
        if (!result.locked) proceed();
      },
      onError: (error) => {
        // Opened in another tab meanwhile: the overview now shows the answers as they were kept.
        if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: candidateKey });
        const message = placeServerErrors(overview, form.setFieldError, error);
        setFormError(message ? { title: "Your answers were not saved", message } : null);
        focusFirstError();
      },
    });
  }, focusFirstError);

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            How do you think it went?
          </Title>
          <Text>
            Before you read {interviewer}'s feedback, tell us how you see your interview. Afterwards your view is shown
            beside theirs, point by point.
          </Text>
        </Stack>
        <SavedNote source={saved?.source} />
        {formError ? <ErrorAlert error={formError.message} title={formError.title} /> : null}

        <SelfAssessmentFields form={form} source={overview} />

        <Stack gap="xs" className={classes.noPrint}>
          <Text size="sm" c="dimmed">
            Once you open the feedback, these answers stay as they are, so that the two views can be compared.
          </Text>
          <Group>
            <Button type="submit" size="md" loading={save.isPending || open.isPending}>
              {unchanged ? "Read the feedback" : "Save and read the feedback"}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </form>
  );
}

function SavedNote({ source }: { source: "candidate" | "debrief" | "import" | undefined }) {
  if (!source) return null;
  return (
    <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} data-testid="saved-note">
      {source === "candidate"
        ? "Your answers are saved. You can change anything until you open the feedback."
        : "You answered these at the end of your interview; change anything before you read the feedback."}
    </Alert>
  );
}
