import { Button, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <Stack align="center" gap="sm" py={64} ta="center">
      <Text fz={64} fw={800} c="gray.4" lh={1} aria-hidden>
        404
      </Text>
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text c="dimmed" maw={420}>
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </Text>
      <Button component={Link} to="/" mt="sm">
        Back to home
      </Button>
    </Stack>
  );
}
