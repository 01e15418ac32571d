import { Grid } from "@mantine/core";
import { memo } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { EventList } from "./EventList";
import { InterviewTimeline } from "./InterviewTimeline";
import { Snapshots } from "./Snapshots";

interface InterviewRecordProps {
  interviewId: string;
  layers: QuestionLayer[];
  topics: HintTopic[];
  plannedSeconds: number;
  /** When the interview started (ms since the epoch) while it runs. */
  liveSince: number | null;
  endedAfter: number | null;
  /** The interviewer may correct events and add code. */
  editable: boolean;
  /** Seconds since the start, for a new code snapshot. */
  snapshotStamp: () => number;
}

/**
 * What has been recorded: the timeline, and below it the events and the candidate's code. Each reads the
 * events itself: a key press reaches the timeline in the same frame, and the list a moment later.
 */
export const InterviewRecord = memo(function InterviewRecord(props: InterviewRecordProps) {
  const { interviewId, layers, topics, plannedSeconds, liveSince, endedAfter, editable, snapshotStamp } = props;
  return (
    <>
      <InterviewTimeline
        interviewId={interviewId}
        layers={layers}
        topics={topics}
        plannedSeconds={plannedSeconds}
        liveSince={liveSince}
        endedAfter={endedAfter}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <EventList interviewId={interviewId} topics={topics} layers={layers} editable={editable} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Snapshots interviewId={interviewId} stamp={editable ? snapshotStamp : null} />
        </Grid.Col>
      </Grid>
    </>
  );
});
