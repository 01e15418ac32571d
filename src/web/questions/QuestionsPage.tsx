import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBook2, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import type { Me } from "../api/types";
import { ErrorAlert } from "../shared/ErrorAlert";
import { canAuthorQuestions, formatCount, plural } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { HintTopicsCard } from "./HintTopicsCard";
import { type ArchivedFilter, kindLabels, useQuestions } from "./queries";

export function QuestionsPage({ me }: { me: Me }) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [archived, setArchived] = useState<ArchivedFilter>("false");
  const questions = useQuestions(debounced, archived);
  const canAuthor = canAuthorQuestions(me.user.role);

  return (
    <>
      <PageHeader
        title="Questions"
        description="The question bank: each question opens layer by layer, every layer with the constraint change that opens it and a private guide for the interviewer."
      />
      <Card withBorder radius="md" padding={0} mb="lg">
        <Group p="md" pb="sm" gap="sm" align="flex-end" justify="space-between">
          <Group gap="sm" align="flex-end" style={{ flex: "1 1 420px" }}>
            <TextInput
              label="Search"
              placeholder="Title"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              style={{ flex: "1 1 220px" }}
              maw={360}
            />
            <SegmentedControl
              aria-label="Which questions"
              value={archived}
              onChange={(value) => setArchived(value as ArchivedFilter)}
              data={[
                { value: "false", label: "In use" },
                { value: "true", label: "Archived" },
                { value: "all", label: "All" },
              ]}
            />
          </Group>
          {canAuthor ? (
            <Button component={Link} to="/questions/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New question
            </Button>
          ) : null}
        </Group>
        {questions.isPending ? (
          <Stack p="md" gap="sm" aria-label="Loading questions">
            <Skeleton h={20} />
            <Skeleton h={20} />
            <Skeleton h={20} />
          </Stack>
        ) : questions.isError ? (
          <ErrorAlert
            error={questions.error}
            title="Could not load questions"
            m="md"
            onRetry={() => questions.refetch()}
          />
        ) : questions.data.questions.length === 0 ? (
          <Stack align="center" gap={4} p="xl">
            <IconBook2 size={28} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text fw={500}>
              {debounced ? "No questions match" : archived === "true" ? "Nothing archived" : "No questions yet"}
            </Text>
            <Text size="sm" c="dimmed" ta="center">
              {debounced
                ? "Try another title."
                : canAuthor
                  ? "Write the first one: a title, the statement, and its layers."
                  : "Interviewers and admins write the questions."}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="md"
              highlightOnHover
              aria-label="Questions"
              style={{ opacity: questions.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th ta="right">Minutes</Table.Th>
                  <Table.Th ta="right">Layers</Table.Th>
                  <Table.Th ta="right">Version</Table.Th>
                  <Table.Th ta="right">Interviews</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {questions.data.questions.map((question) => (
                  <Table.Tr key={question.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/questions/${question.id}`} size="sm" fw={500}>
                          {question.title}
                        </Anchor>
                        {question.archived ? (
                          <Badge size="sm" variant="light" color="gray">
                            Archived
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{kindLabels[question.kind]}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{question.durationMinutes}</Table.Td>
                    <Table.Td ta="right">{question.layers.length}</Table.Td>
                    <Table.Td ta="right">v{question.version}</Table.Td>
                    <Table.Td ta="right">{formatCount(question.interviews)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {questions.data && questions.data.questions.length > 0 ? (
          <Text size="sm" c="dimmed" p="md" pt="sm" aria-live="polite">
            {plural(questions.data.questions.length, "question")}
          </Text>
        ) : null}
      </Card>
      <HintTopicsCard me={me} />
    </>
  );
}
