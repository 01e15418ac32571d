// /interviews/:id/feedback: from a finished interview to released feedback on one screen. The interviewer
// assesses (checklist, scores and decision, code walk-through), has a draft written from it, edits it with
// the linter watching, and releases it; recruiters and admins see the assessment and may release.
import { Alert, Anchor, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useMemo } from "react";
import { Link, useParams } from "react-router";
import { builtInScoreDimensions, checklistFor } from "../../domain/feedback/assessment";
import { type QuestionKind, questionKinds } from "../../domain/history/kinds";
import { isApiError } from "../api/client";
import type {
  Assessment,
  CodeSnapshot,
  Feedback,
  FeedbackSettings,
  HintTopic,
  Interview,
  InterviewEvent,
  Me,
} from "../api/types";
import { serverEventsQuery, serverSnapshotsQuery, useInterview } from "../interviews/queries";
import { useHintTopics } from "../questions/queries";
import { ErrorAlert } from "../shared/ErrorAlert";
import { NotFoundPage } from "../shared/NotFoundPage";
import { AssessmentSteps } from "./AssessmentSteps";
import { eventLabel } from "./evidenceLabels";
import { FeedbackStep } from "./FeedbackStep";
import { useAssessment, useFeedback, useFeedbackSettings } from "./queries";
import { StepSection } from "./StepSection";
import { useAssessmentForm } from "./useAssessmentForm";

export function FeedbackPage({ me }: { me: Me }) {
  const { id = "" } = useParams();
  const interview = useInterview(id);
  const back = (
    <Anchor
      component={Link}
      to={`/interviews/${id}`}
      size="sm"
      display="inline-flex"
      style={{ alignItems: "center", gap: 4 }}
    >
      <IconArrowLeft size={14} aria-hidden /> The interview
    </Anchor>
  );
  if (interview.isPending) return <Loading back={back} />;
  if (interview.isError) {
    if (isApiError(interview.error, 404) || isApiError(interview.error, 400)) return <NotFoundPage />;
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={interview.error} title="Could not load the interview" onRetry={() => interview.refetch()} />
      </Stack>
    );
  }
  const data = interview.data;
  return (
    <Stack gap="lg">
      <Header interview={data} back={back} />
      {data.status === "scheduled" ? (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} title="The interview has not started">
          There is nothing to assess yet. Once the interview has run, come back here to answer the checklist and write
          the feedback.
        </Alert>
      ) : (
        <Workspace interview={data} me={me} />
      )}
    </Stack>
  );
}

function Loading({ back }: { back: ReactNode }) {
  return (
    <Stack gap="md" aria-label="Loading the assessment">
      {back}
      <Skeleton h={36} w={320} />
      <Skeleton h={320} />
      <Skeleton h={200} />
    </Stack>
  );
}

function Header({ interview, back }: { interview: Interview; back: ReactNode }) {
  return (
    <Stack gap={4}>
      {back}
      <Title order={1} size="h2">
        Assess and write feedback
      </Title>
      <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {interview.candidate.name} · {interview.question?.title ?? "No question"} · interviewed by{" "}
        {interview.interviewer.name}
      </Text>
      {/* Not a navigation landmark: the app's own navigation is the page's one. */}
      <Group gap="md" mt={4}>
        {[
          ["#checklist", "1 Checklist"],
          ["#scores", "2 Scores"],
          ["#code", "3 Code"],
          ["#feedback", "4 Feedback"],
        ].map(([href, label]) => (
          <Anchor key={href} href={href} size="sm">
            {label}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}

/** Everything the steps need, loaded; then the steps. */
function Workspace({ interview, me }: { interview: Interview; me: Me }) {
  const settings = useFeedbackSettings();
  const assessment = useAssessment(interview.id);
  const feedback = useFeedback(interview.id);
  const events = useQuery(serverEventsQuery(interview.id));
  const snapshots = useQuery(serverSnapshotsQuery(interview.id));
  const failed = [settings, assessment, feedback, events, snapshots].find((query) => query.isError);
  if (failed) {
    return <ErrorAlert error={failed.error} title="Could not load the assessment" onRetry={() => failed.refetch()} />;
  }
  if (!settings.data || assessment.data === undefined || !feedback.data || !events.data || !snapshots.data) {
    return <Skeleton h={320} aria-label="Loading the assessment" />;
  }
  return (
    <Steps
      interview={interview}
      me={me}
      saved={assessment.data}
      savedAt={assessment.data?.updatedAt ?? null}
      settings={settings.data}
      feedback={feedback.data}
      events={events.data.events}
      snapshots={snapshots.data.snapshots}
    />
  );
}

const noTopics: HintTopic[] = [];

interface StepsProps {
  interview: Interview;
  me: Me;
  saved: Assessment | null;
  savedAt: string | null;
  settings: FeedbackSettings;
  feedback: Feedback;
  events: InterviewEvent[];
  snapshots: CodeSnapshot[];
}

function Steps({ interview, me, saved, savedAt, settings, feedback, events, snapshots }: StepsProps) {
  const isInterviewer = me.user.id === interview.interviewer.id;
  const kind = (questionKinds as readonly string[]).includes(interview.question?.kind ?? "")
    ? (interview.question?.kind as QuestionKind)
    : null;
  const items = useMemo(() => checklistFor(kind), [kind]);
  const dimensions = useMemo(() => {
    const builtIn: { id: string; label: string }[] = [...builtInScoreDimensions];
    return [...builtIn, ...settings.scoreDimensions.filter((own) => !builtIn.some((b) => b.id === own.id))];
  }, [settings.scoreDimensions]);
  const dimensionIds = useMemo(() => dimensions.map((dimension) => dimension.id), [dimensions]);
  const topics = useHintTopics().data?.topics ?? noTopics;
  // A deleted event stays listed only where saved evidence still points at it, so it can be seen and removed.
  const eventOptions = useMemo(() => {
    const layers = interview.question?.layers ?? [];
    const cited = new Set(
      saved?.checklist.flatMap((r) => r.evidence.flatMap((l) => (l.kind === "event" ? [l.eventId] : []))),
    );
    return events
      .filter((event) => !event.deleted || cited.has(event.id))
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map((event) => ({
        value: event.id,
        label: `${eventLabel(event, topics, layers)}${event.deleted ? " (deleted)" : ""}`,
      }));
  }, [events, saved, topics, interview.question]);
  const state = useAssessmentForm(interview.id, saved, items, dimensionIds);

  return (
    <>
      {interview.status === "live" ? (
        <Alert variant="light" color="orange" icon={<IconInfoCircle aria-hidden />}>
          The interview is still running: what you assess now leaves out anything recorded after it.
        </Alert>
      ) : null}
      {!isInterviewer ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title="Read-only assessment">
          Only {interview.interviewer.name}, who ran the interview, assesses it. You can read the assessment, and write
          and release the feedback.
        </Alert>
      ) : null}
      {!isInterviewer && saved === null ? (
        <StepSection id="checklist" step={1} title="Assessment">
          <Text size="sm" c="dimmed">
            {interview.interviewer.name} has not assessed this interview yet. The feedback can be released once they
            have.
          </Text>
        </StepSection>
      ) : (
        <AssessmentSteps
          interviewId={interview.id}
          state={state}
          readOnly={!isInterviewer}
          savedAt={savedAt}
          items={items}
          dimensions={dimensions}
          policy={settings.policy}
          eventOptions={eventOptions}
          snapshots={snapshots}
        />
      )}
      <FeedbackStep
        interviewId={interview.id}
        feedback={feedback}
        step={!isInterviewer && saved === null ? 2 : 4}
        assessed={state.hasSaved}
        assessmentDirty={isInterviewer && (state.dirty || !state.hasSaved)}
      />
    </>
  );
}
