// Erasing a candidate on their request (admins). It cannot be undone, so the admin types the candidate's
// name to confirm, and is told first what goes and what stays.
import { Button, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconEraser } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorAlert } from "../shared/ErrorAlert";
import { useEraseCandidate } from "./queries";

export function EraseCandidateButton({ candidate }: { candidate: { id: string; name: string } }) {
  const erase = useEraseCandidate(candidate.id);
  const [opened, setOpened] = useState(false);
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === candidate.name.trim();
  const close = () => {
    setOpened(false);
    setTyped("");
    erase.reset();
  };

  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconEraser size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Erase their personal data
      </Button>
      <Modal opened={opened} onClose={close} title={`Erase ${candidate.name}?`} centered>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!matches) return;
            erase.mutate(undefined, {
              onSuccess: () => {
                close();
                notifications.show({ color: "teal", message: "The candidate's personal data is erased." });
              },
            });
          }}
        >
          <Stack gap="sm">
            <Text size="sm">This cannot be undone. Everywhere in Debrief:</Text>
            <List size="sm" spacing={4}>
              <List.Item>their name, email and external ids are erased;</List.Item>
              <List.Item>the interviewers' notes, their code and the feedback text are erased;</List.Item>
              <List.Item>
                their own answers and comments, their feedback links and the email to them are erased;
              </List.Item>
              <List.Item>
                scores, decisions, ratings, outcomes and offers stay, anonymous, so analytics still add up.
              </List.Item>
            </List>
            <Text size="sm">
              Download everything held about them first if they asked for a copy too. The erasure is in the audit log.
            </Text>
            <TextInput
              label="Type their name to confirm"
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            {erase.error ? <ErrorAlert error={erase.error} title="Not erased" /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={erase.isPending}>
                Cancel
              </Button>
              <Button type="submit" color="red" disabled={!matches} loading={erase.isPending}>
                Erase for good
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
