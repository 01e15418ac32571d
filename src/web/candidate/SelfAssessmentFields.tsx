// The questions of the self-assessment: a score on each of the interviewer's scales, overall, "do you think
// you passed?", and the prompts in the candidate's own words. The candidate's link asks them, and so does the
// debrief screen at the end of a live interview.
import { Card, Stack, Text, Textarea, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { ChoiceGroup, scaleChoices } from "./ChoiceGroup";
import type { SelfAssessmentSource, SelfAssessmentValues } from "./selfAssessmentForm";

const passedChoices = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

interface SelfAssessmentFieldsProps {
  form: UseFormReturnType<SelfAssessmentValues>;
  source: Pick<SelfAssessmentSource, "dimensions" | "prompts">;
}

export function SelfAssessmentFields({ form, source }: SelfAssessmentFieldsProps) {
  return (
    <>
      <Card withBorder padding="md" component="section" aria-labelledby="scales-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="scales-heading">
            On the interviewer's scales
          </Title>
          {source.dimensions.map((dimension) => (
            <ChoiceGroup
              key={dimension.id}
              label={dimension.label}
              choices={scaleChoices}
              {...form.getInputProps(`scores.${dimension.id}`)}
            />
          ))}
          <ChoiceGroup label="Overall" choices={scaleChoices} {...form.getInputProps("overall")} />
          <ChoiceGroup
            label="Do you think you passed?"
            choices={passedChoices}
            wide={false}
            {...form.getInputProps("thinksPassed")}
          />
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="words-heading">
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={2} size="h4" id="words-heading">
              In your own words
            </Title>
            <Text size="sm" c="dimmed">
              Optional, and as short or long as you like.
            </Text>
          </Stack>
          {source.prompts.map((prompt) => (
            <Textarea
              key={prompt.id}
              label={prompt.prompt}
              autosize
              minRows={3}
              maxLength={5000}
              styles={{ label: { fontWeight: 600 } }}
              {...form.getInputProps(`answers.${prompt.id}`)}
            />
          ))}
        </Stack>
      </Card>
    </>
  );
}
