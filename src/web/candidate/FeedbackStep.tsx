// Step 2: the feedback as released, once opened from step 1 (which settles the self-assessment). Printed, it carries the side-by-side view after it, so one print has everything.
import { Stack, Title } from "@mantine/core";
import { ComparisonView } from "./ComparisonView";
import classes from "./candidate.module.css";
import { FeedbackView } from "./FeedbackView";
import { useCandidateFeedback, useComparison } from "./queries";
import { NextStep, PrintButton, StepLoading, StepTitle } from "./StepParts";
import type { Overview } from "./steps";
import { RequestError } from "./VisitEnded";

export function FeedbackStep({ overview }: { overview: Overview }) {
  const feedback = useCandidateFeedback();
  const interviewer = overview.interview.interviewerName;
  if (feedback.error) {
    return (
      <RequestError error={feedback.error} title="Could not open the feedback" onRetry={() => feedback.refetch()} />
    );
  }
  if (!feedback.data) return <StepLoading label="Opening the feedback" />;
  return (
    <Stack gap="lg">
      <StepTitle title="Your feedback" action={<PrintButton />} />
      <FeedbackView feedback={feedback.data} interviewerName={interviewer} />
      <PrintedComparison interviewerName={interviewer} />
      <NextStep to="side-by-side">Next: your view beside {interviewer}'s</NextStep>
    </Stack>
  );
}

/** Only on paper: the comparison, fetched once the feedback is open (the server asks for that order). */
function PrintedComparison({ interviewerName }: { interviewerName: string }) {
  const comparison = useComparison();
  if (!comparison.data) return null;
  return (
    <Stack gap="md" className={classes.printOnly}>
      <Title order={2} size="h3">
        Your view beside {interviewerName}'s
      </Title>
      <ComparisonView comparison={comparison.data} interviewerName={interviewerName} />
    </Stack>
  );
}
