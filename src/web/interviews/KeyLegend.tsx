import { Box, Group, Kbd, Text } from "@mantine/core";
import { memo } from "react";
import { kindInfo, kindOrder } from "./kinds";

/** Each key and the event it records. */
export const KeyLegend = memo(function KeyLegend({ compact = false }: { compact?: boolean }) {
  return (
    <Box
      component="ul"
      aria-label="Keys"
      m={0}
      p={0}
      style={{
        listStyle: "none",
        display: "grid",
        gridTemplateColumns: compact
          ? "repeat(auto-fill, minmax(150px, 1fr))"
          : "repeat(auto-fill, minmax(170px, 1fr))",
        gap: 6,
      }}
    >
      {kindOrder.map((kind) => (
        <Group component="li" key={kind} gap={8} wrap="nowrap">
          <Kbd size="md" miw={28} style={{ textAlign: "center" }}>
            {kindInfo[kind].key}
          </Kbd>
          <Text size="sm">{kindInfo[kind].label}</Text>
        </Group>
      ))}
    </Box>
  );
});
