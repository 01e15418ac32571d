import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBuilding, IconKey, IconUserPlus, IconUsers } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Me } from "../api/types";
import { canSeePeople, roleDescriptions, roleLabels } from "../shared/format";

function greeting(now = new Date()): string {
  const hour = now.getHours();
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}

export function HomePage({ me }: { me: Me }) {
  const firstName = me.user.name.trim().split(/\s+/)[0] ?? me.user.name;
  const isAdmin = me.user.role === "admin";
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {greeting()}, {firstName}
        </Title>
        <Text c="dimmed">Debrief turns every interview into specific, honest feedback the candidate can use.</Text>
      </Stack>

      <Card withBorder radius="md" padding="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
            <IconBuilding size={24} />
          </ThemeIcon>
          <Stack gap={4} miw={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Your organisation
            </Text>
            <Title order={2} size="h3" style={{ overflowWrap: "anywhere" }}>
              {me.organization.name}
            </Title>
            <Group gap="xs" mt={4}>
              <Text size="sm">You are</Text>
              <Badge variant="light">{roleLabels[me.user.role]}</Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {roleDescriptions[me.user.role]}
            </Text>
          </Stack>
        </Group>
      </Card>

      {isAdmin ? (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb={4}>
            Getting started
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Two steps to get your team using Debrief.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Step
              icon={<IconUserPlus size={20} />}
              title="Invite your team"
              text="Send invitation links to your interviewers and recruiters, and choose each person's role."
              action={
                <Button component={Link} to="/people" variant="light">
                  Invite people
                </Button>
              }
            />
            <Step
              icon={<IconKey size={20} />}
              title="Connect your tools"
              text="Create an API token so your applicant tracking system or scripts can use the Debrief API."
              action={
                <Button component={Link} to="/tokens" variant="light">
                  Create an API token
                </Button>
              }
            />
          </SimpleGrid>
        </Card>
      ) : (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            Where to go from here
          </Title>
          <Stack gap="xs">
            {canSeePeople(me.user.role) ? (
              <Group gap="xs" wrap="nowrap">
                <IconUsers size={18} aria-hidden />
                <Text size="sm">
                  See who is on your team on the{" "}
                  <Anchor component={Link} to="/people">
                    People
                  </Anchor>{" "}
                  page.
                </Text>
              </Group>
            ) : null}
            <Group gap="xs" wrap="nowrap">
              <IconKey size={18} aria-hidden />
              <Text size="sm">
                Use Debrief from your own scripts with an{" "}
                <Anchor component={Link} to="/tokens">
                  API token
                </Anchor>
                .
              </Text>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

function Step({ icon, title, text, action }: { icon: ReactNode; title: string; text: string; action: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" radius="md" aria-hidden>
              {icon}
            </ThemeIcon>
            <Text fw={600}>{title}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
        <Group>{action}</Group>
      </Stack>
    </Card>
  );
}
