import { Group, Text } from "@mantine/core";
import type { ReactNode } from "react";

export interface LegendItem {
  label: string;
  /** The marker drawn beside the label, as an SVG shape in a 14×14 box. */
  marker: ReactNode;
}

/** A chart's key, as a list so a screen reader counts the entries. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: "none" }} aria-label="Legend">
      {items.map((item) => (
        <Group component="li" key={item.label} gap={6} wrap="nowrap">
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden>
            {item.marker}
          </svg>
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
