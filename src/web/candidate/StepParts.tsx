// What every step of the candidate's pages shares: its heading, a loading placeholder, the way on, and
// the print button, which none of them prints.
import { Button, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowRight, IconPrinter } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import classes from "./candidate.module.css";
import { type StepPath, stepUrl } from "./steps";

export function StepTitle({ title, intro, action }: { title: string; intro?: ReactNode; action?: ReactNode }) {
  return (
    <Stack gap="xs" align="flex-start">
      <Title order={1} size="h2">
        {title}
      </Title>
      {intro ? <Text>{intro}</Text> : null}
      {action}
    </Stack>
  );
}

export function StepLoading({ label }: { label: string }) {
  return (
    <Stack gap="md" role="status" aria-label={label}>
      <Skeleton h={32} w="60%" />
      <Skeleton h={160} />
      <Skeleton h={220} />
    </Stack>
  );
}

export function NextStep({ to, children }: { to: StepPath; children: ReactNode }) {
  return (
    <Group className={classes.noPrint} mt="md">
      {/* The words may wrap on a phone (an interviewer's name can be long) rather than be cut off. */}
      <Button
        component={Link}
        to={stepUrl(to)}
        size="md"
        h="auto"
        py={10}
        rightSection={<IconArrowRight size={18} aria-hidden />}
        styles={{ label: { whiteSpace: "normal", textAlign: "left", lineHeight: 1.3 } }}
      >
        {children}
      </Button>
    </Group>
  );
}

/** The browser's own print dialog, which also saves as PDF; the page's print styles keep the content only. */
export function PrintButton() {
  return (
    <Button
      variant="default"
      size="sm"
      className={classes.noPrint}
      leftSection={<IconPrinter size={16} aria-hidden />}
      onClick={() => window.print()}
    >
      Print or save as PDF
    </Button>
  );
}
