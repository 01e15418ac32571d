import { Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { PopulationFigures } from "../api/types";
import { formatCount, formatInterval, formatPercent, formatSigned, plural } from "../shared/format";

/** The population figures of spec/analytics.md, each with the count of candidates it was measured on. */
export function PopulationCards({ population }: { population: PopulationFigures }) {
  const { closeRate } = population;
  return (
    <Stack gap="md" component="section" aria-labelledby="population-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} size="h3" id="population-heading">
          Candidates
        </Title>
        <Text size="sm" c="dimmed">
          {plural(population.interviews, "interview")} · {plural(population.candidates, "candidate")} ·{" "}
          {plural(population.interviewers, "interviewer")}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Figure
          label="Underrate themselves"
          rate={population.underrateRate}
          eligible={population.selfAssessmentEligible}
          sentence={(rate, n) =>
            `${rate} of ${n} candidates with 3+ self-assessed interviews rate themselves lower than the interviewer in most of them.`
          }
        />
        <Figure
          label="Overrate themselves"
          rate={population.overrateRate}
          eligible={population.selfAssessmentEligible}
          sentence={(rate, n) =>
            `${rate} of ${n} candidates with 3+ self-assessed interviews rate themselves higher than the interviewer in most of them.`
          }
        />
        <Figure
          label="Think they failed when they passed"
          rate={population.thinksFailedWhenPassedRate}
          eligible={population.thinksFailedEligible}
          sentence={(rate, n) =>
            `${rate} of ${n} candidates who were passed and said how they thought it went believed they had failed most times.`
          }
        />
        <Figure
          label="Perform consistently"
          rate={population.consistentRate}
          eligible={population.consistencyEligible}
          sentence={(rate, n) =>
            `${rate} of ${n} candidates with 3+ assessed interviews score within half a point of their average (SD ≤ 0.5).`
          }
        />
        <Card withBorder radius="md" padding="md">
          <Stack gap={6} h="100%">
            <Text size="sm" fw={600} c="dimmed">
              Offers accepted
            </Text>
            <Group gap="lg" align="flex-end" wrap="wrap">
              <RateWithCount
                title="with feedback"
                rate={closeRate.withFeedback.rate}
                detail={`${formatCount(closeRate.withFeedback.accepted)} of ${plural(closeRate.withFeedback.offers, "offer")}`}
              />
              <RateWithCount
                title="without feedback"
                rate={closeRate.withoutFeedback.rate}
                detail={`${formatCount(closeRate.withoutFeedback.accepted)} of ${plural(closeRate.withoutFeedback.offers, "offer")}`}
              />
            </Group>
            <Text size="sm" mt="auto" data-testid="close-rate-difference">
              {closeRate.difference === null ? (
                "Not enough offers on both sides to compare yet."
              ) : (
                <>
                  Difference{" "}
                  <Text span fw={700} c={closeRate.difference >= 0 ? "teal.8" : "red.8"}>
                    {formatSigned(closeRate.difference * 100, 0)} points
                  </Text>
                  {closeRate.ci95 ? (
                    <Text span c="dimmed">
                      {" "}
                      (95% interval {formatInterval([closeRate.ci95[0] * 100, closeRate.ci95[1] * 100], 0)})
                    </Text>
                  ) : null}
                </>
              )}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function Figure({
  label,
  rate,
  eligible,
  sentence,
}: {
  label: string;
  rate: number | null;
  eligible: number;
  sentence: (rate: string, eligible: string) => ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Text size="sm" fw={600} c="dimmed">
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1}>
          {formatPercent(rate)}
        </Text>
        <Text size="sm">
          {rate === null
            ? `Not enough data yet: ${plural(eligible, "candidate")} qualify.`
            : sentence(formatPercent(rate), formatCount(eligible))}
        </Text>
      </Stack>
    </Card>
  );
}

function RateWithCount({ title, rate, detail }: { title: string; rate: number | null; detail: string }) {
  return (
    <Stack gap={2}>
      <Text fz={28} fw={700} lh={1}>
        {formatPercent(rate)}
      </Text>
      <Text size="sm">{title}</Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Stack>
  );
}
