import { Card, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconMoodEmpty } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { OwnCalibration } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatCount, formatInterval, formatPercent, formatSigned, plural } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { BiasScale } from "./BiasScale";
import { CalibrationBadge } from "./CalibrationBadge";
import { useOwnCalibration } from "./queries";

export function MyCalibrationPage() {
  const own = useOwnCalibration();
  return (
    <>
      <PageHeader
        title="My calibration"
        description="How your scores compare with how your candidates did later, and how your candidates felt about the interview."
      />
      {own.isPending ? (
        <Stack gap="md" aria-label="Loading your calibration">
          <Skeleton h={160} />
          <Skeleton h={120} />
        </Stack>
      ) : own.isError ? (
        <ErrorAlert error={own.error} title="Could not load your calibration" onRetry={() => own.refetch()} />
      ) : own.data === null ? (
        <NoInterviewsYet />
      ) : (
        <OwnFigures own={own.data} />
      )}
    </>
  );
}

function OwnFigures({ own }: { own: OwnCalibration }) {
  const { interviewer, explanation } = own;
  const { calibration, candidateExperience: cx } = interviewer;
  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
            <Title order={2} size="h3">
              {explanation.headline}
            </Title>
            <CalibrationBadge label={calibration.label} size="lg" />
          </Group>
          {calibration.bias !== null ? (
            <BiasScale
              bias={calibration.bias}
              interval={calibration.interval}
              intervalLevel={calibration.intervalLevel}
              label={calibration.label}
            />
          ) : null}
          <Stack gap="xs">
            {explanation.paragraphs.map((paragraph) => (
              <Text key={paragraph} size="sm">
                {paragraph}
              </Text>
            ))}
          </Stack>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Stat label="Calibration bias" value={calibration.bias === null ? "–" : formatSigned(calibration.bias)}>
          {calibration.interval
            ? `${Math.round(calibration.intervalLevel * 100)}% interval ${formatInterval(calibration.interval)}`
            : "Not enough later outcomes to estimate it yet."}
        </Stat>
        <Stat label="Interviews" value={formatCount(interviewer.interviews)}>
          {plural(calibration.evidence, "interview")} with later outcomes
        </Stat>
        <Stat label="Candidate experience" value={cx.score === null ? "–" : `${cx.score.toFixed(2)} / 4`}>
          From {plural(cx.ratings, "rating")} of “would you interview with them again?”
        </Stat>
        <Stat label="Return rate" value={formatPercent(cx.returnRate)}>
          Candidates interviewed again within 90 days, of {formatCount(cx.returnEligible)}
        </Stat>
      </SimpleGrid>
    </Stack>
  );
}

function Stat({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={4}>
        <Text size="sm" fw={600} c="dimmed">
          {label}
        </Text>
        <Text fz={26} fw={700} lh={1.1}>
          {value}
        </Text>
        <Text size="xs" c="dimmed">
          {children}
        </Text>
      </Stack>
    </Card>
  );
}

function NoInterviewsYet() {
  return (
    <Card withBorder radius="md" padding="xl">
      <Stack align="center" gap="sm" ta="center" py="lg">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
          <IconMoodEmpty size={26} />
        </ThemeIcon>
        <Title order={2} size="h4">
          You have no interviews yet
        </Title>
        <Text size="sm" c="dimmed" maw={480}>
          Once you have interviewed candidates and some of them have had later interviews, this page shows whether your
          scores run strict or lenient, and how your candidates rate the experience.
        </Text>
      </Stack>
    </Card>
  );
}
