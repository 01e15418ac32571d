import { Anchor, Card, Group, Pagination, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconSearch, IconUsers } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import type { CalibrationLabel, InterviewerReport } from "../api/types";
import { formatCount, formatInterval, formatPercent, formatSigned } from "../shared/format";
import { CalibrationBadge } from "./CalibrationBadge";
import { calibrationLabels, labelOrder } from "./labels";
import { SortableHeader } from "./SortableHeader";
import { type Sort, type SortKey, sortInterviewers } from "./sorting";

const PAGE_SIZE = 20;
const labelOptions = [
  { value: "all", label: "All labels" },
  ...labelOrder.map((label) => ({ value: label, label: calibrationLabels[label] })),
];

export function InterviewersTable({ interviewers }: { interviewers: InterviewerReport[] }) {
  const [sort, setSort] = useState<Sort>({ key: "bias", direction: "ascending" });
  const [label, setLabel] = useState<CalibrationLabel | "all">("all");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const kept = interviewers.filter(
      (row) =>
        (label === "all" || row.calibration.label === label) && (!needle || row.name.toLowerCase().includes(needle)),
    );
    return sortInterviewers(kept, sort);
  }, [interviewers, label, search, sort]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const onSort = (key: SortKey) => {
    setSort((previous) =>
      previous.key === key
        ? { key, direction: previous.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: key === "name" || key === "bias" || key === "label" ? "ascending" : "descending" },
    );
    setPage(1);
  };

  const header = (label: string, key: SortKey, align: "left" | "right" = "right") => (
    <SortableHeader label={label} sortKey={key} sort={sort} onSort={onSort} align={align} />
  );

  return (
    <Card withBorder radius="md" padding={0} component="section" aria-labelledby="interviewers-heading">
      <Stack gap={0}>
        <Stack gap="sm" p="md" pb="sm">
          <Stack gap={2}>
            <Group justify="space-between" gap="sm">
              <Text fw={600} component="h2" fz="lg" m={0} id="interviewers-heading">
                Interviewers
              </Text>
              <Anchor href="/api/analytics/interviewers.csv" download size="sm">
                Download CSV
              </Anchor>
            </Group>
            <Text size="sm" c="dimmed">
              Bias is in score points on the 1–4 scale, judged by how candidates did in later interviews: below 0 scores
              lower than those outcomes support (too strict), above 0 higher (too lenient).
            </Text>
          </Stack>
          <Group gap="sm" align="flex-end">
            <TextInput
              label="Search by name"
              placeholder="Name"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              style={{ flex: "1 1 200px" }}
            />
            <Select
              label="Calibration"
              data={labelOptions}
              value={label}
              allowDeselect={false}
              onChange={(value) => {
                setLabel((value ?? "all") as CalibrationLabel | "all");
                setPage(1);
              }}
              style={{ flex: "0 1 200px" }}
            />
          </Group>
        </Stack>
        {rows.length === 0 ? (
          <Stack align="center" gap={4} p="xl">
            <IconUsers size={28} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text fw={500}>No interviewers match</Text>
            <Text size="sm" c="dimmed" ta="center">
              Clear the search or choose another label.
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Interviewers">
              <Table.Thead>
                <Table.Tr>
                  {header("Name", "name", "left")}
                  {header("Interviews", "interviews")}
                  {header("Bias (95% interval)", "bias")}
                  {header("Calibration", "label", "left")}
                  {header("Experience", "experience")}
                  {header("Ratings", "ratings")}
                  {header("Return rate", "returnRate")}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => (
                  <InterviewerRow key={row.id} row={row} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="space-between" p="md" pt="sm" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {rows.length === interviewers.length
              ? `${formatCount(rows.length)} interviewers`
              : `${formatCount(rows.length)} of ${formatCount(interviewers.length)} interviewers`}
          </Text>
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={current}
              onChange={setPage}
              size="sm"
              siblings={0}
              getControlProps={(control) => ({
                "aria-label": control === "previous" ? "Previous page" : control === "next" ? "Next page" : undefined,
              })}
            />
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function InterviewerRow({ row }: { row: InterviewerReport }) {
  const { calibration, candidateExperience: cx } = row;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500} style={{ whiteSpace: "nowrap" }}>
          {row.name}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{formatCount(row.interviews)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        {calibration.bias === null ? (
          <Text size="sm" c="dimmed">
            –
          </Text>
        ) : (
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={500} ff="monospace">
              {formatSigned(calibration.bias)}
            </Text>
            {calibration.interval ? (
              <Text size="xs" c="dimmed" ff="monospace">
                {formatInterval(calibration.interval)}
              </Text>
            ) : null}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <CalibrationBadge label={calibration.label} />
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            {formatCount(calibration.evidence)} with outcomes
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td ta="right">
        {cx.score === null ? (
          <Text size="sm" c="dimmed">
            –
          </Text>
        ) : (
          <Text size="sm" ff="monospace">
            {cx.score.toFixed(2)}
            <Text span c="dimmed" size="xs">
              {" "}
              / 4
            </Text>
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{formatCount(cx.ratings)}</Table.Td>
      <Table.Td ta="right" title={`Of ${formatCount(cx.returnEligible)} interviews at least 90 days before the last`}>
        {formatPercent(cx.returnRate)}
      </Table.Td>
    </Table.Tr>
  );
}
