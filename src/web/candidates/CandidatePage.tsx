import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconCalendarPlus, IconEraser, IconMail } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/client";
import type { Me } from "../api/types";
import { EraseCandidateButton } from "../data-rights/EraseCandidateButton";
import { ScheduleInterviewModal } from "../interviews/ScheduleInterviewModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate, plural } from "../shared/format";
import { NotFoundPage } from "../shared/NotFoundPage";
import { InterviewsTable } from "./InterviewsTable";
import { InterviewTimelineChart } from "./InterviewTimelineChart";
import { OffersCard } from "./OffersCard";
import { OutcomesCard } from "./OutcomesCard";
import { useCandidate } from "./queries";

export function CandidatePage({ me }: { me: Me }) {
  const { id = "" } = useParams();
  const candidate = useCandidate(id);
  const [scheduling, setScheduling] = useState(false);

  const back = (
    <Anchor
      component={Link}
      to="/candidates"
      size="sm"
      mb="xs"
      display="inline-flex"
      style={{ alignItems: "center", gap: 4 }}
    >
      <IconArrowLeft size={14} aria-hidden /> All candidates
    </Anchor>
  );

  if (candidate.isPending) {
    return (
      <Stack gap="md" aria-label="Loading the candidate">
        {back}
        <Skeleton h={36} w={280} />
        <Skeleton h={300} />
        <Skeleton h={200} />
      </Stack>
    );
  }
  if (candidate.isError) {
    if (isApiError(candidate.error, 404) || isApiError(candidate.error, 400)) return <NotFoundPage />;
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={candidate.error} title="Could not load the candidate" onRetry={() => candidate.refetch()} />
      </Stack>
    );
  }

  const data = candidate.data;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {back}
        <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
          {data.name}
        </Title>
        <Group gap="sm">
          {data.email ? (
            <Group gap={4} wrap="nowrap">
              <IconMail size={16} aria-hidden color="var(--mantine-color-gray-6)" />
              <Anchor href={`mailto:${data.email}`} size="sm" style={{ overflowWrap: "anywhere" }}>
                {data.email}
              </Anchor>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No email
            </Text>
          )}
          {data.externalId ? (
            <Badge
              variant="outline"
              color="gray"
              tt="none"
              title="The candidate's id in your applicant tracking system"
            >
              External id: {data.externalId}
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            {plural(data.interviews.length, "interview")}
          </Text>
          {/* A subject access request: everything held about the candidate, private notes redacted (audited). */}
          <Anchor href={`/api/candidates/${data.id}/export`} download size="sm">
            Download everything held about them
          </Anchor>
          {me.user.role === "admin" && !data.erasedAt ? (
            <EraseCandidateButton candidate={{ id: data.id, name: data.name }} />
          ) : null}
        </Group>
      </Stack>
      {data.erasedAt ? (
        <Alert color="gray" icon={<IconEraser size={18} aria-hidden />} title="Personal data erased">
          On {formatDate(data.erasedAt)} this candidate's name, email, notes, code and feedback text were erased. What
          remains (scores, decisions, ratings, outcomes, offers) is anonymous and counts in analytics.
        </Alert>
      ) : null}
      <InterviewTimelineChart candidate={data} />
      <InterviewsTable
        interviews={data.interviews}
        action={
          data.erasedAt ? undefined : (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setScheduling(true)}
            >
              Schedule interview
            </Button>
          )
        }
      />
      <ScheduleInterviewModal
        opened={scheduling}
        onClose={() => setScheduling(false)}
        me={me}
        candidate={{ id: data.id, name: data.name }}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <OutcomesCard candidateId={data.id} outcomes={data.outcomes} />
        <OffersCard candidateId={data.id} offers={data.offers} />
      </SimpleGrid>
    </Stack>
  );
}
