// Above a code snapshot, in the cockpit and in the code walk-through: which snapshot (when there are
// several; the last is the final solution), its language and when it was taken.
import { Badge, Group, Select } from "@mantine/core";
import type { ReactNode } from "react";
import { formatClock } from "./kinds";

interface SnapshotLike {
  id: string;
  at: number;
  language: string;
}

export function SnapshotHeader<S extends SnapshotLike>({
  snapshots,
  shown,
  onChoose,
  extra,
}: {
  snapshots: readonly S[];
  shown: S;
  onChoose: (id: string | null) => void;
  /** More badges after the standard ones (e.g. "Kept on this device"). */
  extra?: ReactNode;
}) {
  return (
    <Group gap="sm" justify="space-between" align="flex-end">
      {snapshots.length > 1 ? (
        <Select
          label="Snapshot"
          w={260}
          maw="100%"
          allowDeselect={false}
          value={shown.id}
          onChange={onChoose}
          data={snapshots.map((snapshot, index) => ({
            value: snapshot.id,
            label: `${formatClock(snapshot.at)} · ${snapshot.language}${index === snapshots.length - 1 ? " · final" : ""}`,
          }))}
        />
      ) : (
        <span />
      )}
      <Group gap={6}>
        <Badge variant="light" color="gray" tt="none">
          {shown.language}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          at {formatClock(shown.at)}
        </Badge>
        {shown === snapshots.at(-1) ? (
          <Badge variant="light" color="teal" tt="none">
            Final solution
          </Badge>
        ) : null}
        {extra}
      </Group>
    </Group>
  );
}
