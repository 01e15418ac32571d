// The debrief screen: for the last minutes of a live interview, a view the interviewer can share or read
// from. Large type, nothing private by default, and the candidate's own view asked for before any
// verdict. It follows the interview live: new notes appear as they are taken.
import { Anchor, Button, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { serverEventsQuery, useInterview } from "../interviews/queries";
import { useHintTopics } from "../questions/queries";
import { ErrorAlert } from "../shared/ErrorAlert";
import { CandidateAnswers } from "./CandidateAnswers";
import { useInterviewBenchmarks } from "./queries";
import { RecordedSpecifics } from "./RecordedSpecifics";
import { SelfAssessmentPrompts } from "./SelfAssessmentPrompts";
import { StrongestPerformers } from "./StrongestPerformers";

export function DebriefPage() {
  const { id = "" } = useParams();
  const interview = useInterview(id);
  // Opened beside the cockpit, often in another window: it picks up new notes every few seconds.
  const events = useQuery({ ...serverEventsQuery(id), refetchInterval: 5_000 });
  const benchmarks = useInterviewBenchmarks(id);
  const topics = useHintTopics();
  const failed = interview.error ?? events.error ?? benchmarks.error;
  if (failed) {
    return (
      <ErrorAlert
        error={failed}
        title="Could not load the debrief"
        onRetry={() => {
          void interview.refetch();
          void events.refetch();
          void benchmarks.refetch();
        }}
      />
    );
  }
  if (!interview.data || !events.data || !benchmarks.data) {
    return (
      <Stack gap="md" aria-label="Loading the debrief">
        <Skeleton h={40} w="50%" />
        <Skeleton h={180} />
        <Skeleton h={220} />
      </Stack>
    );
  }
  const topicLabels = new Map((topics.data?.topics ?? []).map((topic) => [topic.slug, topic.label]));
  return (
    <Stack gap="lg" maw={960} mx="auto">
      <Group justify="space-between" wrap="wrap">
        <Anchor component={Link} to={`/interviews/${id}`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden /> Back to the interview
          </Group>
        </Anchor>
        <Button variant="default" size="xs" onClick={() => document.documentElement.requestFullscreen?.()}>
          Full screen
        </Button>
      </Group>
      <Stack gap={4}>
        <Title order={1}>Debrief: {interview.data.question?.title ?? "the interview"}</Title>
        <Text size="lg" c="dimmed">
          With {interview.data.candidate.name}
        </Text>
      </Stack>
      <SelfAssessmentPrompts />
      <CandidateAnswers interviewId={id} />
      <StrongestPerformers benchmarks={benchmarks.data} />
      <RecordedSpecifics
        events={events.data.events}
        layerTitles={interview.data.question?.layers.map((layer) => layer.title) ?? []}
        topicLabel={(slug) => topicLabels.get(slug) ?? slug}
      />
    </Stack>
  );
}
