import { Box, Center, Container, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Logo } from "../shared/Logo";

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the pages seen before signing in: set-up, sign-in, sign-up, accepting an invitation. */
export function AuthLayout({ title, description, children, footer }: AuthLayoutProps) {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)" py={{ base: "lg", sm: 64 }}>
      <Container size={460} px="md" component="main">
        <Stack gap="lg">
          <Center>
            <Logo size="xl" />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: "xl" }}>
            <Stack gap={4} mb="lg">
              <Title order={1} size="h2">
                {title}
              </Title>
              {description ? (
                <Text c="dimmed" size="sm">
                  {description}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
          {footer ? (
            <Text ta="center" size="sm" c="dimmed">
              {footer}
            </Text>
          ) : null}
        </Stack>
      </Container>
    </Box>
  );
}
