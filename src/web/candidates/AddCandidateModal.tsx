import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../shared/ErrorAlert";
import { showServerErrors } from "../shared/forms";
import { useCreateCandidate } from "./queries";

/** Adds a candidate by hand (most come in with an import) and opens their page. */
export function AddCandidateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateCandidate();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: "", email: "", externalId: "" },
    validate: { name: (value) => (value.trim() ? null : "Enter the candidate's name") },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Add candidate" centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          create.mutate(
            {
              name: values.name.trim(),
              email: values.email.trim() || undefined,
              externalId: values.externalId.trim() || undefined,
            },
            {
              onSuccess: (candidate) => {
                notifications.show({ color: "teal", message: `${candidate.name} has been added.` });
                close();
                navigate(`/candidates/${candidate.id}`);
              },
              onError: (error) => setFormError(showServerErrors(form, error)),
            },
          );
        })}
      >
        <Stack gap="sm">
          {formError ? <ErrorAlert error={formError} title="Could not add the candidate" /> : null}
          <TextInput label="Name" required data-autofocus {...form.getInputProps("name")} />
          <TextInput label="Email" type="email" {...form.getInputProps("email")} />
          <TextInput
            label="External id"
            description="The candidate's id in your applicant tracking system, if any."
            {...form.getInputProps("externalId")}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add candidate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
