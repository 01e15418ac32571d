// Releasing a version: a last look before the candidate sees it, and, when the linter finds an error-level
// problem the interviewer means to keep, the written reason that goes into the audit log with it.
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { type LintFinding, ruleTitles } from "../../domain/feedback/lint";
import { ErrorAlert } from "../shared/ErrorAlert";

const MIN_REASON = 10;

interface ReleaseModalProps {
  opened: boolean;
  version: number;
  text: string;
  /** The error-level findings that hold the release back; empty when nothing does. */
  blocking: LintFinding[];
  loading: boolean;
  error: unknown;
  onRelease: (overrideReason: string | undefined) => void;
  onClose: () => void;
}

export function ReleaseModal({
  opened,
  version,
  text,
  blocking,
  loading,
  error,
  onRelease,
  onClose,
}: ReleaseModalProps) {
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const overriding = blocking.length > 0;
  const what = version === 1 ? "the feedback" : `a correction (version ${version})`;

  const release = () => {
    if (!overriding) return onRelease(undefined);
    if (reason.trim().length < MIN_REASON) {
      setReasonError(`Write at least ${MIN_REASON} characters: someone reading the audit log should understand why`);
      return;
    }
    setReasonError(null);
    onRelease(reason.trim());
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={overriding ? "Release despite the linter?" : `Release ${what}?`}
      centered
      size="lg"
    >
      <Stack gap="md">
        {overriding ? (
          <>
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title="The linter holds this back"
            >
              <List size="sm" spacing={4}>
                {blocking.map((finding) => (
                  <List.Item key={`${finding.rule}:${finding.start}`}>
                    <strong>{ruleTitles[finding.rule]}</strong>: “{excerpt(text, finding)}”. {finding.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
            <Textarea
              label="Why release it anyway?"
              description={`Your reason is kept with version ${version} and written to the organisation's audit log, with your name.`}
              required
              autosize
              minRows={3}
              value={reason}
              error={reasonError}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              data-autofocus
            />
          </>
        ) : (
          <Text size="sm">
            The candidate will see exactly this text as version {version}. A released version never changes: to correct
            it, edit the text and release again.
          </Text>
        )}
        {error ? <ErrorAlert error={error} title="Not released" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button
            color={overriding ? "red" : undefined}
            onClick={release}
            loading={loading}
            data-autofocus={!overriding}
          >
            {overriding ? "Release with this reason" : `Release version ${version}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function excerpt(text: string, finding: LintFinding) {
  const words = text.slice(finding.start, finding.end).replace(/\s+/g, " ").trim();
  return words.length > 120 ? `${words.slice(0, 119)}…` : words;
}
