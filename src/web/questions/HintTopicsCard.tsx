import { ActionIcon, Badge, Button, Card, Group, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { errorMessage } from "../api/client";
import type { Me } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { useAddHintTopic, useArchiveHintTopic, useHintTopics } from "./queries";

/** The catalogue of hint topics the cockpit offers after H: the built-in ones and the organisation's own. */
export function HintTopicsCard({ me }: { me: Me }) {
  const topics = useHintTopics();
  const add = useAddHintTopic();
  const archive = useArchiveHintTopic();
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);
  const isAdmin = me.user.role === "admin";

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="hint-topics-heading">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={600} component="h2" fz="lg" m={0} id="hint-topics-heading">
            Hint topics
          </Text>
          <Text size="sm" c="dimmed">
            What a hint was about. In the interview, H then a number key picks one of the first nine.
          </Text>
        </Stack>
        {topics.isPending ? (
          <Skeleton h={28} />
        ) : topics.isError ? (
          <ErrorAlert error={topics.error} title="Could not load the hint topics" onRetry={() => topics.refetch()} />
        ) : (
          <Group gap={8} component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label="Hint topics">
            {topics.data.topics.map((topic, index) => (
              <Badge
                component="li"
                key={topic.slug}
                variant={topic.builtIn ? "light" : "outline"}
                color={topic.builtIn ? "gray" : "indigo"}
                tt="none"
                size="lg"
                fw={500}
                leftSection={
                  index < 9 ? (
                    <Text span size="xs" ff="monospace" fw={700}>
                      {index + 1}
                    </Text>
                  ) : undefined
                }
                title={topic.builtIn ? "Built in" : "Your organisation's own"}
                rightSection={
                  isAdmin && !topic.builtIn ? (
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      color="gray"
                      aria-label={`Archive ${topic.label}`}
                      loading={archive.isPending && archive.variables === topic.slug}
                      onClick={() =>
                        archive.mutate(topic.slug, {
                          onSuccess: () =>
                            notifications.show({
                              color: "teal",
                              message: `"${topic.label}" is archived: hints already given keep it; add it again to bring it back.`,
                            }),
                          onError: (cause) => notifications.show({ color: "red", message: errorMessage(cause) }),
                        })
                      }
                    >
                      <IconX size={12} aria-hidden />
                    </ActionIcon>
                  ) : undefined
                }
              >
                {topic.label}
              </Badge>
            ))}
          </Group>
        )}
        {isAdmin ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const value = label.trim();
              if (!value) {
                setError("Enter a label");
                return;
              }
              add.mutate(value, {
                onSuccess: () => {
                  notifications.show({ color: "teal", message: `"${value}" has been added.` });
                  setLabel("");
                  setError(null);
                },
                onError: (cause) => setError(errorMessage(cause)),
              });
            }}
          >
            <Group gap="sm" align="flex-start">
              <TextInput
                label="New hint topic"
                placeholder="e.g. Concurrency"
                value={label}
                error={error}
                onChange={(event) => setLabel(event.currentTarget.value)}
                style={{ flex: "1 1 220px" }}
                maw={320}
              />
              <Button
                type="submit"
                variant="light"
                mt={25}
                loading={add.isPending}
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                Add topic
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
