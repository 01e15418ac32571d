import { Anchor, Skeleton, Stack } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { type ReactNode, useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/client";
import type { HintTopic, Interview, Me, QuestionLayer } from "../api/types";
import { useHintTopics } from "../questions/queries";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { NotFoundPage } from "../shared/NotFoundPage";
import { Cockpit } from "./Cockpit";
import { InterviewHeader } from "./InterviewHeader";
import { InterviewRecord } from "./InterviewRecord";
import { useInterview, useInterviewAction, useServerEvents } from "./queries";
import { ReadyToStart } from "./ReadyToStart";
import { followServerClock } from "./serverClock";
import { MAX_SECONDS, useEventStamp } from "./useEventStamp";

/** /interviews/:id: the interview before, during (the cockpit) and after. */
export function InterviewPage({ me }: { me: Me }) {
  const { id = "" } = useParams();
  const interview = useInterview(id);
  const back = (
    <Anchor component={Link} to="/interviews" size="sm" display="inline-flex" style={{ alignItems: "center", gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden /> All interviews
    </Anchor>
  );
  if (interview.isPending) {
    return (
      <Stack gap="md" aria-label="Loading the interview">
        {back}
        <Skeleton h={36} w={320} />
        <Skeleton h={260} />
      </Stack>
    );
  }
  if (interview.isError) {
    if (isApiError(interview.error, 404) || isApiError(interview.error, 400)) return <NotFoundPage />;
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={interview.error} title="Could not load the interview" onRetry={() => interview.refetch()} />
      </Stack>
    );
  }
  return <InterviewView interview={interview.data} me={me} back={back} />;
}

// The same empty lists from one render to the next, so that memoised parts are not rendered for nothing.
const noTopics: HintTopic[] = [];
const noLayers: QuestionLayer[] = [];

/**
 * The page around the cockpit. It holds no events: the parts that show them read them themselves, so a key
 * press renders those parts and not this page.
 */
function InterviewView({ interview, me, back }: { interview: Interview; me: Me; back: ReactNode }) {
  const topics = useHintTopics().data?.topics ?? noTopics;
  const action = useInterviewAction(interview.id);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const askToFinish = useCallback(() => setConfirmFinish(true), []);
  const isInterviewer = me.user.id === interview.interviewer.id;
  const layers = interview.question?.layers ?? noLayers;
  const startedMs = interview.startedAt ? Date.parse(interview.startedAt) : null;
  const endedAfter =
    interview.endedAt && startedMs !== null
      ? Math.min(MAX_SECONDS, Math.max(0, Math.round((Date.parse(interview.endedAt) - startedMs) / 1000)))
      : null;
  const live = interview.status === "live" && startedMs !== null;
  const { stamp, snapshotStamp } = useEventStamp(startedMs, endedAfter);
  // Until it is finished, events are stamped by the server's clock, learnt from the moment the page opens.
  const finished = interview.status === "finished";
  useEffect(() => (finished ? undefined : followServerClock()), [finished]);

  return (
    <Stack gap="lg">
      <InterviewHeader interview={interview} back={back} onFinish={live && isInterviewer ? askToFinish : null} />
      {action.error ? <ErrorAlert error={action.error} title="That did not work" /> : null}
      <EventsLoadError interviewId={interview.id} />
      {interview.status === "scheduled" ? (
        <ReadyToStart
          interviewerName={interview.interviewer.name}
          onStart={isInterviewer ? () => action.mutate("start") : null}
          starting={action.isPending}
        />
      ) : null}
      {live && startedMs !== null ? (
        <Cockpit
          interview={interview}
          startedMs={startedMs}
          topics={topics}
          layers={layers}
          stamp={stamp}
          canTakeNotes={isInterviewer}
        />
      ) : null}
      {interview.status !== "scheduled" ? (
        <InterviewRecord
          interviewId={interview.id}
          layers={layers}
          topics={topics}
          plannedSeconds={interview.durationMinutes * 60}
          liveSince={live ? startedMs : null}
          endedAfter={endedAfter}
          editable={isInterviewer}
          snapshotStamp={snapshotStamp}
        />
      ) : null}
      {confirmFinish ? (
        <ConfirmModal
          opened
          title="Finish the interview?"
          confirmLabel="Finish"
          loading={action.isPending}
          error={action.error}
          onClose={() => setConfirmFinish(false)}
          onConfirm={() => action.mutate("finish", { onSuccess: () => setConfirmFinish(false) })}
        >
          The clock stops and the keys no longer record. You can still add text to the notes, correct them and add the
          candidate's final code.
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}

function EventsLoadError({ interviewId }: { interviewId: string }) {
  const server = useServerEvents(interviewId);
  if (!server.isError) return null;
  return (
    <ErrorAlert error={server.error} title="Could not load the recorded events" onRetry={() => server.refetch()} />
  );
}
