import { Badge, Button, Card, Group, Select, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { Me, Person, Role } from "../api/types";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { roleLabels, roleOptions } from "../shared/format";
import { usePeople, useUpdatePerson } from "./queries";

export function PeopleTable({ me }: { me: Me }) {
  const people = usePeople();
  const update = useUpdatePerson();
  const [changeError, setChangeError] = useState<unknown>(null);
  const [toggling, setToggling] = useState<Person | null>(null);
  const canManage = me.user.role === "admin";

  const changeRole = (person: Person, role: Role) => {
    setChangeError(null);
    update.mutate(
      { id: person.id, role },
      {
        onSuccess: () =>
          notifications.show({ color: "teal", message: `${person.name} is now ${roleLabels[role].toLowerCase()}.` }),
        onError: setChangeError,
      },
    );
  };

  const confirmToggle = () => {
    if (!toggling) return;
    const person = toggling;
    update.mutate(
      { id: person.id, active: !person.active },
      {
        onSuccess: () => {
          setToggling(null);
          notifications.show({
            color: "teal",
            message: person.active ? `${person.name} has been deactivated.` : `${person.name} has been reactivated.`,
          });
        },
      },
    );
  };

  return (
    <Card withBorder radius="md" padding={0}>
      <Stack gap={0}>
        <Group justify="space-between" p="md" pb="sm">
          <Stack gap={2}>
            <Text fw={600} component="h2" fz="lg" m={0}>
              Team
            </Text>
            <Text size="sm" c="dimmed">
              {canManage
                ? "Change a person's role, or deactivate someone who has left. Deactivating signs them out."
                : "Only admins can change roles or invite people."}
            </Text>
          </Stack>
        </Group>
        {changeError ? (
          <ErrorAlert
            error={changeError}
            title="The change was not made"
            mx="md"
            mb="sm"
            withCloseButton
            onClose={() => setChangeError(null)}
          />
        ) : null}
        {people.isPending ? (
          <Stack p="md" gap="sm" aria-label="Loading people">
            <Skeleton h={20} />
            <Skeleton h={20} />
            <Skeleton h={20} />
          </Stack>
        ) : people.isError ? (
          <ErrorAlert error={people.error} title="Could not load people" m="md" onRetry={() => people.refetch()} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                  {canManage ? (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.people.map((person) => {
                  const isMe = person.id === me.user.id;
                  return (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm" fw={500}>
                            {person.name}
                          </Text>
                          {isMe ? (
                            <Badge size="xs" variant="outline" color="gray">
                              You
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={person.email ? undefined : "dimmed"}>
                          {person.email ?? "No email"}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {canManage ? (
                          <Select
                            aria-label={`Role of ${person.name}`}
                            data={roleOptions}
                            value={person.role}
                            allowDeselect={false}
                            size="xs"
                            w={140}
                            disabled={update.isPending}
                            onChange={(value) => value && value !== person.role && changeRole(person, value as Role)}
                          />
                        ) : (
                          <Badge variant="light">{roleLabels[person.role]}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {person.active && !person.canSignIn ? (
                          <Badge color="gray" variant="outline" title="Known from interview history; has no account">
                            No account
                          </Badge>
                        ) : person.active ? (
                          <Badge color="teal" variant="dot">
                            Active
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="dot">
                            Deactivated
                          </Badge>
                        )}
                      </Table.Td>
                      {canManage ? (
                        <Table.Td ta="right">
                          {isMe ? null : (
                            <Button
                              size="xs"
                              variant="subtle"
                              color={person.active ? "red" : "teal"}
                              aria-label={`${person.active ? "Deactivate" : "Reactivate"} ${person.name}`}
                              onClick={() => {
                                update.reset();
                                setToggling(person);
                              }}
                            >
                              {person.active ? "Deactivate" : "Reactivate"}
                            </Button>
                          )}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={toggling !== null}
        title={toggling?.active ? `Deactivate ${toggling?.name}?` : `Reactivate ${toggling?.name}?`}
        confirmLabel={toggling?.active ? "Deactivate" : "Reactivate"}
        color={toggling?.active ? "red" : "teal"}
        loading={update.isPending}
        error={update.error}
        onConfirm={confirmToggle}
        onClose={() => setToggling(null)}
      >
        {toggling?.active
          ? "They will be signed out everywhere and will not be able to sign in until an admin reactivates them. Their interviews and feedback stay."
          : "They will be able to sign in again with their existing password."}
      </ConfirmModal>
    </Card>
  );
}
