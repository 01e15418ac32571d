// Step 3: the candidate's view beside the interviewer's, point by point. Printed, the feedback comes first,
// as on the step before, so a print from either step holds both.
import { Stack, Title } from "@mantine/core";
import { ComparisonView } from "./ComparisonView";
import classes from "./candidate.module.css";
import { FeedbackView } from "./FeedbackView";
import { useCandidateFeedback, useComparison } from "./queries";
import { NextStep, PrintButton, StepLoading, StepTitle } from "./StepParts";
import type { Overview } from "./steps";
import { RequestError } from "./VisitEnded";

export function ComparisonStep({ overview }: { overview: Overview }) {
  const comparison = useComparison();
  const interviewer = overview.interview.interviewerName;
  if (comparison.error) {
    return (
      <RequestError
        error={comparison.error}
        title="Could not load the comparison"
        onRetry={() => comparison.refetch()}
      />
    );
  }
  if (!comparison.data) return <StepLoading label="Loading the comparison" />;
  return (
    <Stack gap="lg">
      <PrintedFeedback interviewerName={interviewer} />
      <StepTitle
        title={`Your view beside ${interviewer}'s`}
        intro="What you said before reading the feedback, next to what your interviewer saw, with their reasons."
        action={<PrintButton />}
      />
      <ComparisonView comparison={comparison.data} interviewerName={interviewer} />
      <NextStep to="rating">Next: one last question</NextStep>
    </Stack>
  );
}

/** Only on paper: the feedback itself, ahead of the comparison. */
function PrintedFeedback({ interviewerName }: { interviewerName: string }) {
  const feedback = useCandidateFeedback();
  if (!feedback.data) return null;
  return (
    <div className={classes.printOnly}>
      <Title order={2} size="h2" mb="md">
        Your feedback
      </Title>
      <FeedbackView feedback={feedback.data} interviewerName={interviewerName} />
    </div>
  );
}
