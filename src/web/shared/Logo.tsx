import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconMessageCheck } from "@tabler/icons-react";

export function Logo({ size = "lg" }: { size?: "md" | "lg" | "xl" }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size} radius="md" variant="filled" aria-hidden>
        <IconMessageCheck size={18} />
      </ThemeIcon>
      <Text fw={700} size={size} lh={1}>
        Debrief
      </Text>
    </Group>
  );
}
