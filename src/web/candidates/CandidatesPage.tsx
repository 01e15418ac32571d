import { Anchor, Button, Card, Group, Pagination, Skeleton, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconDownload, IconSearch, IconUserPlus, IconUserQuestion } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatCount, formatDate } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { AddCandidateModal } from "./AddCandidateModal";
import { PAGE_SIZE, useCandidates } from "./queries";

export function CandidatesPage() {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const candidates = useCandidates(debounced, page);
  const pages = candidates.data ? Math.max(1, Math.ceil(candidates.data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeader
        title="Candidates"
        description="Everyone who has interviewed with you, with what happened to them later: outcomes elsewhere and offers."
      />
      <Card withBorder radius="md" padding={0}>
        <Group p="md" pb="sm" gap="sm" align="flex-end" justify="space-between">
          <TextInput
            label="Search"
            placeholder="Name, email or external id"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            style={{ flex: "1 1 260px" }}
            maw={420}
          />
          <Group gap="sm">
            {/* The list as it is searched, for a spreadsheet; formulas in names are neutralised by the server. */}
            <Button
              component="a"
              variant="default"
              href={`/api/candidates/export.csv${debounced ? `?search=${encodeURIComponent(debounced)}` : ""}`}
              download
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              Download CSV
            </Button>
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              Add candidate
            </Button>
          </Group>
        </Group>
        {candidates.isPending ? (
          <Stack p="md" gap="sm" aria-label="Loading candidates">
            <Skeleton h={20} />
            <Skeleton h={20} />
            <Skeleton h={20} />
          </Stack>
        ) : candidates.isError ? (
          <ErrorAlert
            error={candidates.error}
            title="Could not load candidates"
            m="md"
            onRetry={() => candidates.refetch()}
          />
        ) : candidates.data.candidates.length === 0 ? (
          <Stack align="center" gap={4} p="xl">
            <IconUserQuestion size={28} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text fw={500}>{debounced ? "No candidates match" : "No candidates yet"}</Text>
            <Text size="sm" c="dimmed" ta="center">
              {debounced
                ? "Try another name, email or id."
                : "Add one above, or import your interview history to bring them all in."}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table
              verticalSpacing="sm"
              horizontalSpacing="md"
              highlightOnHover
              aria-label="Candidates"
              style={{ opacity: candidates.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>External id</Table.Th>
                  <Table.Th ta="right">Interviews</Table.Th>
                  <Table.Th>Last interview</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.data.candidates.map((candidate) => (
                  <Table.Tr key={candidate.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/candidates/${candidate.id}`} size="sm" fw={500}>
                        {candidate.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={candidate.email ? undefined : "dimmed"}>
                        {candidate.email ?? "No email"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        c={candidate.externalId ? undefined : "dimmed"}
                        ff={candidate.externalId ? "monospace" : undefined}
                      >
                        {candidate.externalId ?? "–"}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(candidate.interviews)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={candidate.lastInterviewAt ? undefined : "dimmed"}>
                        {candidate.lastInterviewAt ? formatDate(candidate.lastInterviewAt) : "None yet"}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {candidates.data && candidates.data.total > 0 ? (
          <Group justify="space-between" p="md" pt="sm" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {formatCount((page - 1) * PAGE_SIZE + 1)}–{formatCount(Math.min(page * PAGE_SIZE, candidates.data.total))}{" "}
              of {formatCount(candidates.data.total)}
            </Text>
            {pages > 1 ? (
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                size="sm"
                siblings={0}
                getControlProps={(control) => ({
                  "aria-label": control === "previous" ? "Previous page" : control === "next" ? "Next page" : undefined,
                })}
              />
            ) : null}
          </Group>
        ) : null}
      </Card>
      <AddCandidateModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
