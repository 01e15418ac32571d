// The organisation's feedback settings (admins): what a candidate sees beyond the feedback itself, the
// score dimensions interviewers fill in beside the built-in three, how long a candidate's link works, and
// when a candidate not advanced comes up for a second look.
import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { builtInScoreDimensions } from "../../domain/feedback/assessment";
import { ApiError, errorMessage } from "../api/client";
import { ErrorAlert } from "../shared/ErrorAlert";
import { PageHeader } from "../shared/PageHeader";
import { type FeedbackSettings, useFeedbackSettings, useSaveFeedbackSettings } from "./queries";

/** camelCase from a label, the form score keys take ("System design" → "systemDesign"). */
export function dimensionId(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const id = words
    .map((word, i) => (i === 0 ? word.toLowerCase() : word[0]?.toUpperCase() + word.slice(1).toLowerCase()))
    .join("");
  return /^[a-z]/.test(id) ? id.slice(0, 40) : "";
}

export function FeedbackSettingsPage() {
  const settings = useFeedbackSettings();
  return (
    <>
      <PageHeader
        title="Feedback settings"
        description="What candidates see beyond the written feedback, and what interviewers score."
      />
      {settings.isPending ? (
        <Stack gap="md" aria-label="Loading the settings">
          <Skeleton h={150} />
          <Skeleton h={200} />
        </Stack>
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} title="Could not load the settings" onRetry={() => settings.refetch()} />
      ) : (
        <SettingsForm saved={settings.data} />
      )}
    </>
  );
}

function SettingsForm({ saved }: { saved: FeedbackSettings }) {
  const save = useSaveFeedbackSettings();
  const [policy, setPolicy] = useState(saved.policy);
  const [labels, setLabels] = useState(saved.scoreDimensions.map((d) => d.label));
  const [candidatePolicy, setCandidatePolicy] = useState(saved.candidatePolicy);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPolicy(saved.policy);
    setLabels(saved.scoreDimensions.map((d) => d.label));
    setCandidatePolicy(saved.candidatePolicy);
  }, [saved]);

  const submit = () => {
    const scoreDimensions = labels
      .map((label) => ({ id: dimensionId(label), label: label.trim() }))
      .filter((d) => d.label !== "");
    const unnamed = scoreDimensions.find((d) => d.id === "");
    if (unnamed) {
      setError(`"${unnamed.label}" needs to start with a letter.`);
      return;
    }
    setError(null);
    save.mutate(
      { policy, scoreDimensions, candidatePolicy },
      {
        onSuccess: () => notifications.show({ color: "teal", message: "The feedback settings are saved." }),
        onError: (cause) =>
          setError(
            cause instanceof ApiError && cause.fields.length
              ? cause.fields.map((f) => f.message).join("; ")
              : errorMessage(cause),
          ),
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg" maw={720}>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="policy-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="policy-heading">
              What the candidate sees
            </Title>
            <Text size="sm" c="dimmed">
              The written feedback always comes first. Whatever you include here is placed after it, never before.
            </Text>
            <Checkbox
              label="The decision (whether they advance)"
              description="Placed at the very end of the feedback."
              checked={policy.includeOutcome}
              onChange={(event) => setPolicy({ ...policy, includeOutcome: event.currentTarget.checked })}
            />
            <Checkbox
              label="The scores"
              description="Each dimension and the overall score, 1 to 4, after the written feedback. Without them, the side-by-side view still tells the candidate, point by point, whether they rated themselves the same as the interviewer, lower or higher, with the interviewer's reason."
              checked={policy.includeScores}
              onChange={(event) => setPolicy({ ...policy, includeScores: event.currentTarget.checked })}
            />
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="dimensions-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="dimensions-heading">
              Score dimensions
            </Title>
            <Text size="sm" c="dimmed">
              Every assessment scores {builtInScoreDimensions.map((d) => d.label.toLowerCase()).join(", ")} and an
              overall score. Add your own dimensions here.
            </Text>
            {labels.map((label, index) => (
              <Group key={`dimension-${index.toString()}`} gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Dimension ${index + 1}`}
                  value={label}
                  onChange={(event) => {
                    const next = [...labels];
                    next[index] = event.currentTarget.value;
                    setLabels(next);
                  }}
                  style={{ flex: 1 }}
                  maxLength={60}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove dimension ${index + 1}`}
                  onClick={() => setLabels(labels.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setLabels([...labels, ""])}
                disabled={labels.length >= 10}
              >
                Add dimension
              </Button>
            </Group>
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="candidates-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="candidates-heading">
              Candidate links and second looks
            </Title>
            <Group gap="md" align="flex-start" grow>
              <NumberInput
                label="A feedback link works for"
                description="Days after it is issued. Links issued before keep their date."
                suffix=" days"
                min={1}
                max={365}
                allowDecimal={false}
                value={candidatePolicy.linkDays}
                onChange={(value) => setCandidatePolicy({ ...candidatePolicy, linkDays: Number(value) || 0 })}
              />
              <NumberInput
                label="Offer for a second look after"
                description="Months after an interview that did not advance."
                suffix=" months"
                min={1}
                max={60}
                allowDecimal={false}
                value={candidatePolicy.secondLookMonths}
                onChange={(value) => setCandidatePolicy({ ...candidatePolicy, secondLookMonths: Number(value) || 0 })}
              />
            </Group>
          </Stack>
        </Card>
        {error ? <ErrorAlert error={error} title="The settings were not saved" /> : null}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
