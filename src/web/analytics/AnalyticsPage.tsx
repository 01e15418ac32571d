import { Button, Card, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconChartDots, IconFileImport } from "@tabler/icons-react";
import { Link } from "react-router";
import type { Me } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { canImportHistory, formatDateTime } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { CalibrationChart } from "./CalibrationChart";
import { InterviewersTable } from "./InterviewersTable";
import { PopulationCards } from "./PopulationCards";
import { QuestionBenchmarks } from "./QuestionBenchmarks";
import { useAnalytics } from "./queries";

export function AnalyticsPage({ me }: { me: Me }) {
  const report = useAnalytics();
  return (
    <>
      <PageHeader
        title="Analytics"
        description={
          report.data && report.data.population.interviews > 0
            ? `How ${me.organization.name}'s candidates see themselves, how calibrated each interviewer is, and what strong performance looks like. As of ${formatDateTime(report.data.generatedAt)}.`
            : `How ${me.organization.name}'s candidates see themselves, how calibrated each interviewer is, and what strong performance looks like.`
        }
      />
      {report.isPending ? (
        <Stack gap="md" aria-label="Loading analytics">
          <Skeleton h={120} />
          <Skeleton h={320} />
          <Skeleton h={240} />
        </Stack>
      ) : report.isError ? (
        <ErrorAlert error={report.error} title="Could not load the analytics" onRetry={() => report.refetch()} />
      ) : report.data.population.interviews === 0 ? (
        <NoInterviewsYet canImport={canImportHistory(me.user.role)} />
      ) : (
        <Stack gap="xl">
          <PopulationCards population={report.data.population} />
          <Stack gap="md">
            <CalibrationChart interviewers={report.data.interviewers} curve={report.data.calibrationCurve} />
            <InterviewersTable interviewers={report.data.interviewers} />
          </Stack>
          <Stack gap="md" component="section" aria-labelledby="questions-heading">
            <Stack gap={2}>
              <Title order={2} size="h3" id="questions-heading">
                Question benchmarks
              </Title>
              <Text size="sm" c="dimmed">
                What the strongest performers do on each question, from your own history: what feedback can compare a
                candidate with.
              </Text>
            </Stack>
            {report.data.questions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No questions yet.
              </Text>
            ) : (
              report.data.questions.map((question) => <QuestionBenchmarks key={question.id} question={question} />)
            )}
          </Stack>
        </Stack>
      )}
    </>
  );
}

function NoInterviewsYet({ canImport }: { canImport: boolean }) {
  return (
    <Card withBorder radius="md" padding="xl">
      <Stack align="center" gap="sm" ta="center" py="lg">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconChartDots size={26} />
        </ThemeIcon>
        <Title order={2} size="h4">
          No interviews yet
        </Title>
        <Text size="sm" c="dimmed" maw={480}>
          Analytics are computed from your organisation's interviews: assessments, candidates' self-assessments and
          ratings, and what happened to candidates later. Import your interview history to see them now.
        </Text>
        {canImport ? (
          <Button component={Link} to="/history" leftSection={<IconFileImport size={18} aria-hidden />} mt="xs">
            Import interview history
          </Button>
        ) : (
          <Text size="sm">Ask an admin to import your interview history.</Text>
        )}
      </Stack>
    </Card>
  );
}
