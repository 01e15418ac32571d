// The frame of the candidate's pages: narrow and phone-first, with no trace of the staff app. The header
// has "End this visit" for shared computers; the interview's facts stay on the page in print, the header
// and the progress do not.
import { Box, Button, Group, Text } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate } from "../shared/format";
import { Logo } from "../shared/Logo";
import classes from "./candidate.module.css";
import type { Overview } from "./steps";

interface CandidateLayoutProps {
  overview: Overview;
  onEnd: () => void;
  ending: boolean;
  endError: unknown;
  children: ReactNode;
}

export function CandidateLayout({ overview, onEnd, ending, endError, children }: CandidateLayoutProps) {
  const { interview, organization } = overview;
  const when = interview.heldAt ? ` on ${formatDate(interview.heldAt)}` : "";
  const question = interview.questionTitle ? ` · ${interview.questionTitle}` : "";
  return (
    <Box className={classes.page} mih="100dvh">
      <Box
        component="header"
        className={classes.noPrint}
        bg="white"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group maw="44rem" mx="auto" px="md" py="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Logo size="md" />
            {/* On a phone the line under the header names the organisation; the header keeps to the button. */}
            <Text size="sm" c="gray.7" truncate visibleFrom="xs">
              {organization.name}
            </Text>
          </Group>
          <Button
            variant="default"
            size="xs"
            onClick={onEnd}
            loading={ending}
            leftSection={<IconLogout size={14} aria-hidden />}
            style={{ flexShrink: 0 }}
          >
            End this visit
          </Button>
        </Group>
      </Box>
      <Box component="main" maw="44rem" mx="auto" px="md" pt="md" pb="xl">
        <Text size="sm" c="gray.7" mb="md">
          {overview.candidate.name}: your interview with {interview.interviewerName} at {organization.name}
          {when}
          {question}
        </Text>
        {endError ? <ErrorAlert error={endError} title="The visit could not be ended" mb="md" /> : null}
        {children}
      </Box>
    </Box>
  );
}
