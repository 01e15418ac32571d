import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { api, isApiError } from "../api/client";
import type { Candidates, InterviewStage, Me, People } from "../api/types";
import { useQuestions } from "../questions/queries";
import { ErrorAlert } from "../shared/ErrorAlert";
import { canScheduleForAnyone } from "../shared/format";
import { showServerErrors } from "../shared/forms";
import { stageLabels } from "./kinds";
import { useScheduleInterview } from "./queries";

interface Props {
  opened: boolean;
  onClose: () => void;
  me: Me;
  /** Scheduling from a candidate's page: the candidate is known. */
  candidate?: { id: string; name: string };
}

function defaultStart(): string {
  const at = new Date(Date.now() + 60 * 60_000);
  at.setMinutes(0, 0, 0);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Schedules an interview: candidate, interviewer (recruiters and admins choose), question, stage, time, length. */
export function ScheduleInterviewModal({ opened, onClose, me, candidate }: Props) {
  const forAnyone = canScheduleForAnyone(me.user.role);
  const schedule = useScheduleInterview();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const candidates = useQuery({
    queryKey: ["candidates", "pick", debounced],
    queryFn: () =>
      api.get<Candidates>(`/api/candidates?limit=25${debounced ? `&search=${encodeURIComponent(debounced)}` : ""}`),
    enabled: opened && !candidate,
    retry: false,
  });
  const people = useQuery({
    queryKey: ["people"],
    queryFn: () => api.get<People>("/api/people"),
    enabled: opened && forAnyone,
  });
  const questions = useQuestions();
  const form = useForm({
    initialValues: {
      candidateId: candidate?.id ?? "",
      interviewerId: me.user.id,
      questionId: "",
      stage: "screen" as InterviewStage | "",
      scheduledAt: defaultStart(),
      durationMinutes: 45 as number | string,
    },
    validate: {
      candidateId: (value) => (value ? null : "Choose the candidate"),
      durationMinutes: (value) => (Number(value) >= 5 && Number(value) <= 600 ? null : "Enter 5 to 600 minutes"),
    },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const cannotListCandidates = !candidate && isApiError(candidates.error, 403);

  const candidateOptions = [
    ...(candidate ? [{ value: candidate.id, label: candidate.name }] : []),
    ...(candidates.data?.candidates ?? []).map((c) => ({
      value: c.id,
      label: c.email ? `${c.name} (${c.email})` : c.name,
    })),
  ];
  const activePeople = (people.data?.people ?? []).filter((person) => person.active !== false);

  return (
    <Modal opened={opened} onClose={close} title="Schedule an interview" centered size="lg">
      {cannotListCandidates ? (
        <Stack gap="sm">
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="A recruiter schedules interviews">
            Interviewers do not see the organisation's candidates, so a recruiter or an admin schedules the interview
            with you as its interviewer. It then appears in your list here, today's first.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            setFormError(null);
            schedule.mutate(
              {
                candidateId: values.candidateId,
                interviewerId: forAnyone ? values.interviewerId : undefined,
                questionId: values.questionId || undefined,
                stage: values.stage || undefined,
                scheduledAt: values.scheduledAt ? new Date(values.scheduledAt).toISOString() : undefined,
                durationMinutes: Number(values.durationMinutes),
              },
              {
                onSuccess: (interview) => {
                  notifications.show({
                    color: "teal",
                    message: `Interview with ${interview.candidate.name} scheduled.`,
                  });
                  close();
                  navigate(`/interviews/${interview.id}`);
                },
                onError: (error) => setFormError(showServerErrors(form, error)),
              },
            );
          })}
        >
          <Stack gap="sm">
            {formError ? <ErrorAlert error={formError} title="Could not schedule the interview" /> : null}
            {candidates.isError && !cannotListCandidates ? (
              <ErrorAlert
                error={candidates.error}
                title="Could not load candidates"
                onRetry={() => candidates.refetch()}
              />
            ) : null}
            <Select
              label="Candidate"
              required
              searchable
              disabled={Boolean(candidate)}
              placeholder="Search by name or email"
              nothingFoundMessage={
                candidates.isFetching ? "Searching…" : "No candidate matches: add them on the Candidates page"
              }
              data={candidateOptions}
              searchValue={candidate ? candidate.name : search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              data-autofocus
              {...form.getInputProps("candidateId")}
            />
            {forAnyone ? (
              <Select
                label="Interviewer"
                required
                searchable
                allowDeselect={false}
                data={
                  activePeople.length
                    ? activePeople.map((person) => ({ value: person.id, label: person.name }))
                    : [{ value: me.user.id, label: me.user.name }]
                }
                {...form.getInputProps("interviewerId")}
              />
            ) : null}
            <Select
              label="Question"
              searchable
              clearable
              placeholder="Choose later"
              data={(questions.data?.questions ?? []).map((q) => ({ value: q.id, label: q.title }))}
              {...form.getInputProps("questionId")}
              onChange={(value) => {
                form.setFieldValue("questionId", value ?? "");
                const question = questions.data?.questions.find((q) => q.id === value);
                if (question) form.setFieldValue("durationMinutes", question.durationMinutes);
              }}
            />
            <Group grow align="flex-start">
              <Select
                label="Stage"
                clearable
                data={(Object.keys(stageLabels) as InterviewStage[]).map((stage) => ({
                  value: stage,
                  label: stageLabels[stage],
                }))}
                {...form.getInputProps("stage")}
                onChange={(value) => form.setFieldValue("stage", (value ?? "") as InterviewStage | "")}
              />
              <NumberInput
                label="Duration"
                suffix=" min"
                min={5}
                max={600}
                {...form.getInputProps("durationMinutes")}
              />
            </Group>
            <TextInput label="When" type="datetime-local" {...form.getInputProps("scheduledAt")} />
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={close} disabled={schedule.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={schedule.isPending}>
                Schedule
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
