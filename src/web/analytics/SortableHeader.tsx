import { Group, Table, UnstyledButton } from "@mantine/core";
import { IconArrowsSort, IconSortAscending, IconSortDescending } from "@tabler/icons-react";
import type { Sort, SortKey } from "./sorting";

interface SortableHeaderProps {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  align?: "left" | "right";
}

/** A column header that sorts by its column: a real button (keyboard), with aria-sort on the cell. */
export function SortableHeader({ label, sortKey, sort, onSort, align = "left" }: SortableHeaderProps) {
  const active = sort.key === sortKey;
  const Icon = !active ? IconArrowsSort : sort.direction === "ascending" ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th aria-sort={active ? sort.direction : "none"} ta={align} style={{ whiteSpace: "nowrap" }}>
      <UnstyledButton onClick={() => onSort(sortKey)} fz="sm" fw={700} style={{ borderRadius: 4 }}>
        <Group gap={4} wrap="nowrap" justify={align === "right" ? "flex-end" : "flex-start"}>
          {label}
          <Icon size={14} aria-hidden color={active ? undefined : "var(--mantine-color-gray-5)"} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
