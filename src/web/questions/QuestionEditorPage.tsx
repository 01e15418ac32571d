import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  IconArchive,
  IconArchiveOff,
  IconArrowDown,
  IconArrowLeft,
  IconArrowUp,
  IconPlus,
  IconTrash,
} from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "../api/client";
import type { Me, Question } from "../api/types";
import { layerColorName } from "../interviews/kinds";
import { ErrorAlert } from "../shared/ErrorAlert";
import { canAuthorQuestions } from "../shared/format";
import { showServerErrors } from "../shared/forms";
import { NotFoundPage } from "../shared/NotFoundPage";
import { type QuestionValues, useQuestion, useSaveQuestion } from "./queries";
import { StatementField } from "./StatementField";

interface LayerForm {
  key: string;
  title: string;
  description: string;
  expectedMinutes: number | string;
  guide: string;
}

interface EditorValues {
  title: string;
  kind: Question["kind"];
  durationMinutes: number | string;
  statement: string;
  layers: LayerForm[];
}

const newLayer = (): LayerForm => ({
  key: crypto.randomUUID(),
  title: "",
  description: "",
  expectedMinutes: "",
  guide: "",
});

function toForm(question: Question | undefined): EditorValues {
  if (!question) return { title: "", kind: "coding", durationMinutes: 45, statement: "", layers: [newLayer()] };
  return {
    title: question.title,
    kind: question.kind,
    durationMinutes: question.durationMinutes,
    statement: question.statement,
    layers: question.layers.map((layer) => ({
      key: crypto.randomUUID(),
      title: layer.title,
      description: layer.description ?? "",
      expectedMinutes: layer.expectedMinutes ?? "",
      guide: layer.guide ?? "",
    })),
  };
}

function toBody(values: EditorValues): QuestionValues {
  return {
    title: values.title.trim(),
    kind: values.kind,
    durationMinutes: Number(values.durationMinutes),
    statement: values.statement,
    layers: values.layers.map((layer) => ({
      title: layer.title.trim(),
      description: layer.description.trim() || undefined,
      expectedMinutes: layer.expectedMinutes === "" ? undefined : Number(layer.expectedMinutes),
      guide: layer.guide.trim() || undefined,
    })),
  };
}

/** Writes a new question (/questions/new) or edits one; editing its layers makes a new version. */
export function QuestionEditorPage({ me }: { me: Me }) {
  const { id } = useParams();
  const question = useQuestion(id);
  const back = (
    <Anchor component={Link} to="/questions" size="sm" display="inline-flex" style={{ alignItems: "center", gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden /> All questions
    </Anchor>
  );
  if (id && question.isPending) {
    return (
      <Stack gap="md" aria-label="Loading the question">
        {back}
        <Skeleton h={36} w={280} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  if (id && question.isError) {
    if (isApiError(question.error, 404) || isApiError(question.error, 400)) return <NotFoundPage />;
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={question.error} title="Could not load the question" onRetry={() => question.refetch()} />
      </Stack>
    );
  }
  return (
    <QuestionForm
      key={question.data?.id ?? "new"}
      question={question.data}
      back={back}
      canEdit={canAuthorQuestions(me.user.role)}
    />
  );
}

function QuestionForm({ question, back, canEdit }: { question?: Question; back: React.ReactNode; canEdit: boolean }) {
  const save = useSaveQuestion(question?.id);
  const archive = useSaveQuestion(question?.id);
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EditorValues>({
    initialValues: toForm(question),
    validate: {
      title: (value) => (value.trim() ? null : "Enter a title"),
      durationMinutes: (value) =>
        value === "" || Number(value) < 5 || Number(value) > 600 ? "Enter 5 to 600 minutes" : null,
      layers: {
        title: (value) => (value.trim() ? null : "Enter the layer's title"),
        expectedMinutes: (value) =>
          value === "" || (Number(value) >= 1 && Number(value) <= 600)
            ? null
            : "Enter 1 to 600 minutes, or leave empty",
      },
    },
  });
  useEffect(() => setFormError(null), []);

  const layers = form.getValues().layers;
  const move = (from: number, to: number) => form.reorderListItem("layers", { from, to });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        save.mutate(toBody(values), {
          onSuccess: (saved) => {
            notifications.show({
              color: "teal",
              message: question
                ? saved.version > question.version
                  ? `Saved as version ${saved.version}. Interviews already run keep version ${question.version}.`
                  : "Saved."
                : `"${saved.title}" has been added to the question bank.`,
            });
            if (!question) navigate(`/questions/${saved.id}`, { replace: true });
            else form.resetDirty();
          },
          onError: (error) => setFormError(showServerErrors(form, error)),
        });
      })}
    >
      <Stack gap="lg">
        <Stack gap={4}>
          {back}
          <Group gap="sm" justify="space-between" align="flex-end">
            <Group gap="sm">
              <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
                {question ? question.title : "New question"}
              </Title>
              {question ? (
                <Badge variant="light" color="gray" tt="none">
                  Version {question.version}
                </Badge>
              ) : null}
              {question?.archived ? (
                <Badge variant="light" color="yellow">
                  Archived
                </Badge>
              ) : null}
            </Group>
            {question && canEdit ? (
              <Button
                variant="default"
                leftSection={
                  question.archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
                }
                loading={archive.isPending}
                onClick={() =>
                  archive.mutate(
                    { archived: !question.archived },
                    {
                      onSuccess: (saved) =>
                        notifications.show({
                          color: "teal",
                          message: saved.archived
                            ? "Archived: it is no longer offered for new interviews."
                            : "Back in use.",
                        }),
                      onError: (error) => setFormError(showServerErrors(form, error)),
                    },
                  )
                }
              >
                {question.archived ? "Put back in use" : "Archive"}
              </Button>
            ) : null}
          </Group>
          {question ? (
            <Text size="sm" c="dimmed">
              Editing the layers makes a new version; interviews already run keep the version they ran on.
            </Text>
          ) : null}
        </Stack>

        {formError ? <ErrorAlert error={formError} title="Could not save the question" /> : null}

        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <TextInput label="Title" required disabled={!canEdit} {...form.getInputProps("title")} />
            <Group gap="lg" align="flex-start">
              <Stack gap={4}>
                <Text size="sm" fw={500} id="kind-label">
                  Kind
                </Text>
                <SegmentedControl
                  aria-labelledby="kind-label"
                  disabled={!canEdit}
                  data={[
                    { value: "coding", label: "Coding" },
                    { value: "system-design", label: "System design" },
                  ]}
                  {...form.getInputProps("kind")}
                />
              </Stack>
              <NumberInput
                label="Planned duration"
                suffix=" min"
                min={5}
                max={600}
                w={160}
                disabled={!canEdit}
                {...form.getInputProps("durationMinutes")}
              />
            </Group>
            <StatementField input={form.getInputProps("statement")} value={form.values.statement} disabled={!canEdit} />
          </Stack>
        </Card>

        <Stack gap="sm" component="section" aria-labelledby="layers-heading">
          <Group justify="space-between">
            <Stack gap={0}>
              <Title order={2} size="h4" id="layers-heading">
                Layers
              </Title>
              <Text size="sm" c="dimmed">
                In the order the interview opens them: each constraint change (X in the interview) opens the next.
              </Text>
            </Stack>
          </Group>
          {layers.map((layer, index) => (
            <Card
              key={layer.key}
              withBorder
              radius="md"
              padding="md"
              component="fieldset"
              m={0}
              aria-label={`Layer ${index + 1}`}
            >
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Badge variant="filled" color={layerColorName(index)} tt="none" size="lg">
                    Layer {index + 1}
                  </Badge>
                  {canEdit ? (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Move layer ${index + 1} up`}
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Move layer ${index + 1} down`}
                        disabled={index === layers.length - 1}
                        onClick={() => move(index, index + 1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove layer ${index + 1}`}
                        disabled={layers.length === 1}
                        onClick={() => form.removeListItem("layers", index)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ) : null}
                </Group>
                <Group gap="sm" align="flex-start">
                  <TextInput
                    label="Layer title"
                    placeholder={index === 0 ? "e.g. Brute force" : "e.g. Linear time"}
                    required
                    style={{ flex: "1 1 260px" }}
                    disabled={!canEdit}
                    {...form.getInputProps(`layers.${index}.title`)}
                  />
                  <NumberInput
                    label="Expected minutes"
                    description="For a strong candidate"
                    min={1}
                    max={600}
                    w={170}
                    disabled={!canEdit}
                    {...form.getInputProps(`layers.${index}.expectedMinutes`)}
                  />
                </Group>
                <Textarea
                  label={index === 0 ? "The problem as first posed" : "The constraint change that opens it"}
                  autosize
                  minRows={2}
                  disabled={!canEdit}
                  {...form.getInputProps(`layers.${index}.description`)}
                />
                <Textarea
                  label="Interviewer's guide"
                  description="Private: what to look for, good hints, common mistakes."
                  autosize
                  minRows={2}
                  disabled={!canEdit}
                  {...form.getInputProps(`layers.${index}.guide`)}
                />
              </Stack>
            </Card>
          ))}
          {canEdit ? (
            <Group justify="space-between">
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem("layers", newLayer())}
                disabled={layers.length >= 20}
              >
                Add layer
              </Button>
              <Button type="submit" loading={save.isPending}>
                {question ? "Save changes" : "Create question"}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Stack>
    </form>
  );
}
