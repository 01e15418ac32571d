// Step 4: the feedback itself. A draft written from the notes, edited with the linter's findings inline, saved
// as it is typed, previewed as the candidate will read it, and released as a version; a correction is the
// next version. An error-level finding asks for a written reason before release.
import { Alert, Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { IconCheck, IconSend, IconWand } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { hasErrors, type LintFinding, lintFeedback } from "../../domain/feedback/lint";
import { errorMessage, isApiError } from "../api/client";
import type { Feedback, SuggestedDraft } from "../api/types";
import { Markdown } from "../questions/Markdown";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { CandidateLinks } from "./CandidateLinks";
import { LintedTextarea } from "./LintedTextarea";
import type { SharedLink } from "./link-queries";
import { useRelease, useSaveDraft, useSuggestDraft } from "./queries";
import { ReleaseModal } from "./ReleaseModal";
import { SharedLinkNotice } from "./SharedLinkNotice";
import { StepSection } from "./StepSection";
import { VersionHistory } from "./VersionHistory";

/** Typing pauses this long before the draft is saved. */
const AUTOSAVE_MS = 1200;

interface FeedbackStepProps {
  interviewId: string;
  feedback: Feedback;
  step: number;
  /** Whether an assessment is saved: the draft is written from it, and release needs it. */
  assessed: boolean;
  /** The interviewer has changes to the assessment not saved yet, or has not saved one at all. */
  assessmentDirty: boolean;
}

const benchmarkNotes: Record<SuggestedDraft["benchmarksFrom"], string> = {
  history: "Benchmarks come from your organisation's past interviews of this question.",
  author: "Too few past interviews of this question for benchmarks yet: times are set against its author's estimates.",
  none: "No benchmarks for this question yet, and no estimates from its author: the times stand on their own.",
};

export function FeedbackStep({ interviewId, feedback, step, assessed, assessmentDirty }: FeedbackStepProps) {
  const [text, setText] = useState(feedback.draft?.text ?? "");
  const [savedText, setSavedText] = useState(feedback.draft?.text ?? "");
  const [replacement, setReplacement] = useState<SuggestedDraft | null>(null);
  const [benchmarksFrom, setBenchmarksFrom] = useState<SuggestedDraft["benchmarksFrom"] | null>(null);
  const [releasing, setReleasing] = useState<{ blocking: LintFinding[] } | null>(null);
  const [released, setReleased] = useState<{ version: number; share: SharedLink } | null>(null);
  const { mutate: saveDraft, ...draftSave } = useSaveDraft(interviewId);
  const suggest = useSuggestDraft(interviewId);
  const release = useRelease(interviewId);
  const latest = feedback.versions[0] ?? null;
  const nextVersion = (latest?.version ?? 0) + 1;

  // Saved a moment after typing stops; what is typed meanwhile waits for the next pause.
  useEffect(() => {
    if (text === savedText) return;
    const timer = setTimeout(() => saveDraft(text, { onSuccess: () => setSavedText(text) }), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [text, savedText, saveDraft]);

  const applySuggestion = (suggestion: SuggestedDraft) => {
    setText(suggestion.text);
    setBenchmarksFrom(suggestion.benchmarksFrom);
    setReplacement(null);
  };
  const writeFromNotes = () =>
    suggest.mutate(undefined, {
      onSuccess: (suggestion) => {
        if (text.trim() && text.trim() !== suggestion.text.trim()) setReplacement(suggestion);
        else applySuggestion(suggestion);
      },
    });

  const startRelease = () => {
    release.reset();
    setReleasing({ blocking: lintFeedback(text).filter((finding) => hasErrors([finding])) });
  };
  const doRelease = (overrideReason: string | undefined) =>
    release.mutate(
      { text, ...(overrideReason ? { overrideReason } : {}) },
      {
        onSuccess: (next) => {
          setReleasing(null);
          setSavedText(text);
          setReleased({ version: next.versions[0]?.version ?? nextVersion, share: next.share });
        },
        onError: (error) => {
          // The server's linter held back what this page's did not: ask for the reason it needs.
          if (isApiError(error, 409) && error.findings.length > 0 && !overrideReason) {
            const blocking = (error.findings as LintFinding[]).filter((finding) => finding.severity === "error");
            if (blocking.length > 0) {
              release.reset();
              setReleasing({ blocking });
            }
          }
        },
      },
    );

  const unchanged = latest !== null && latest.text === text;
  const releaseHint = !assessed
    ? "Save the assessment first: feedback is released after it."
    : !text.trim()
      ? "Write the feedback first."
      : unchanged
        ? `This text is version ${latest?.version}: edit it to release a correction.`
        : null;
  const draftStatus = draftSave.isPending
    ? "Saving the draft…"
    : draftSave.isError && text !== savedText
      ? `Draft not saved: ${errorMessage(draftSave.error)}`
      : text !== savedText
        ? "Changes not saved yet"
        : feedback.draft || savedText
          ? "Draft saved"
          : "";

  return (
    <StepSection
      id="feedback"
      step={step}
      title="Feedback"
      description="What the candidate reads: specifics first, benchmarks, the code; the outcome last or not at all."
      aside={
        <Text size="xs" c={draftSave.isError ? "red.7" : "dimmed"} aria-live="polite" data-testid="draft-status">
          {draftStatus}
        </Text>
      }
    >
      <Stack gap="sm">
        <Group gap="sm" align="center">
          <Button
            variant="light"
            leftSection={<IconWand size={16} aria-hidden />}
            onClick={writeFromNotes}
            loading={suggest.isPending}
            disabled={assessmentDirty}
          >
            Write draft from notes
          </Button>
          <Text size="xs" c="dimmed" style={{ flex: "1 1 220px" }}>
            {assessmentDirty
              ? "Save the assessment first: the draft is written from what is saved."
              : benchmarksFrom
                ? benchmarkNotes[benchmarksFrom]
                : "Written from the timeline, your assessment and the question's benchmarks; edit it freely."}
          </Text>
        </Group>
        {suggest.isError ? <ErrorAlert error={suggest.error} title="No draft could be written" /> : null}
        <Tabs defaultValue="write" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <LintedTextarea
              label="Feedback for the candidate"
              value={text}
              onChange={setText}
              minRows={10}
              maxRows={30}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {text.trim() ? (
              <Markdown markdown={text} />
            ) : (
              <Text size="sm" c="dimmed">
                Nothing to preview yet.
              </Text>
            )}
          </Tabs.Panel>
        </Tabs>
        {draftSave.isError && text !== savedText ? (
          <Button
            size="xs"
            variant="light"
            color="red"
            onClick={() => saveDraft(text, { onSuccess: () => setSavedText(text) })}
          >
            Try saving the draft again
          </Button>
        ) : null}
        <Group justify="space-between" gap="sm">
          {/* The editor says what the linter holds back; this, what else stands in the way. */}
          <Text size="xs" c="dimmed">
            {releaseHint}
          </Text>
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={startRelease}
            disabled={releaseHint !== null}
          >
            {latest ? `Release correction (version ${nextVersion})` : "Release feedback"}
          </Button>
        </Group>
        {released !== null ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCheck aria-hidden />}
            title={`Released as version ${released.version}`}
          >
            <Stack gap="sm">
              <Text size="sm">
                The candidate sees this version. To correct it, edit the text and release again: it becomes version{" "}
                {released.version + 1}, and this one stays in the history.
              </Text>
              <SharedLinkNotice shared={released.share} />
            </Stack>
          </Alert>
        ) : null}
        <Stack gap="xs">
          <Text fw={600} size="sm">
            Released versions
          </Text>
          <VersionHistory versions={feedback.versions} />
        </Stack>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            The candidate's links
          </Text>
          <CandidateLinks interviewId={interviewId} released={latest !== null} />
        </Stack>
      </Stack>
      {replacement ? (
        <ConfirmModal
          opened
          title="Replace your text?"
          confirmLabel="Replace with the new draft"
          color="indigo"
          onClose={() => setReplacement(null)}
          onConfirm={() => applySuggestion(replacement)}
        >
          The editor already holds text. The new draft replaces all of it; what you wrote is not kept.
        </ConfirmModal>
      ) : null}
      {releasing ? (
        <ReleaseModal
          opened
          version={nextVersion}
          text={text}
          blocking={releasing.blocking}
          loading={release.isPending}
          error={release.error}
          onRelease={doRelease}
          onClose={() => setReleasing(null)}
        />
      ) : null}
    </StepSection>
  );
}
