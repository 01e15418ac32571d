import { Button, Card, Kbd, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { memo, useLayoutEffect, useRef, useState } from "react";
import type { HintTopic, QuestionLayer } from "../api/types";
import { formatClock, kindInfo } from "./kinds";
import { changeEvent } from "./outbox";
import type { Stamp } from "./useEventStamp";
import { type Capture, useRecordingKeys } from "./useRecordingKeys";

interface RecordingPanelProps {
  interviewId: string;
  topics: HintTopic[];
  layers: QuestionLayer[];
  stamp: () => Stamp;
}

/** Where a key press lands: the keys are listened to here, and the event just recorded is shown here. */
export const RecordingPanel = memo(function RecordingPanel({
  interviewId,
  topics,
  layers,
  stamp,
}: RecordingPanelProps) {
  const { capture, hint, message, pickTopic, cancelHint, closeCapture } = useRecordingKeys({
    interviewId,
    topics,
    layers,
    stamp,
  });
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label="Recording"
      mih={132}
      data-testid="capture"
    >
      {hint ? (
        <HintTopicPicker at={hint} topics={topics} onPick={pickTopic} onCancel={cancelHint} />
      ) : capture ? (
        <CaptureText key={capture.id} interviewId={interviewId} capture={capture} onClose={closeCapture} />
      ) : (
        <KeyPrompt message={message} />
      )}
    </Card>
  );
});

function HintTopicPicker({
  at,
  topics,
  onPick,
  onCancel,
}: {
  at: Stamp;
  topics: HintTopic[];
  onPick: (slug: string) => void;
  onCancel: () => void;
}) {
  return (
    <Stack gap="xs">
      <Text fw={600}>
        Hint at {formatClock(at.at)}: what about?{" "}
        <Text span c="dimmed" size="sm">
          Press its number; Esc cancels.
        </Text>
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing={6} component="ol" m={0} p={0} style={{ listStyle: "none" }}>
        {topics.slice(0, 9).map((topic, index) => (
          <li key={topic.slug}>
            <Button variant="light" color="orange" fullWidth justify="flex-start" onClick={() => onPick(topic.slug)}>
              <Kbd mr={8}>{index + 1}</Kbd> {topic.label}
            </Button>
          </li>
        ))}
      </SimpleGrid>
      <Button variant="subtle" color="gray" size="compact-sm" onClick={onCancel} w="max-content">
        Cancel (Esc)
      </Button>
    </Stack>
  );
}

/** A few optional words for the event just recorded: Enter saves them, Esc leaves it without. */
function CaptureText({
  interviewId,
  capture,
  onClose,
}: {
  interviewId: string;
  capture: Capture;
  onClose: () => void;
}) {
  const [text, setText] = useState(capture.typed);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    // Focused in the task that opens it, so the next key typed lands here, after what was typed ahead.
    input.current?.focus();
    input.current?.setSelectionRange(capture.typed.length, capture.typed.length);
  }, [capture.typed]);
  const save = () => {
    if (done.current) return;
    done.current = true;
    if (text.trim()) void changeEvent(interviewId, capture.id, { text: text.trim() });
    onClose();
  };
  return (
    <TextInput
      ref={input}
      label={`${kindInfo[capture.kind].label} at ${formatClock(capture.at)} — recorded. Add a few words?`}
      description="Enter saves, Esc leaves it empty. You can add or correct the text later."
      placeholder="Optional"
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => text.trim() && save()}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          save();
        } else if (event.key === "Escape") {
          event.preventDefault();
          done.current = true;
          onClose();
        }
      }}
      size="md"
    />
  );
}

function KeyPrompt({ message }: { message: string | null }) {
  return (
    <Stack gap={4} justify="center" h="100%">
      {message ? (
        <Text c="orange.8" fw={500}>
          {message}
        </Text>
      ) : (
        <>
          <Text fw={600}>Press a key to record</Text>
          <Text size="sm" c="dimmed">
            The event is stamped the moment you press it; then you may type a few words.
          </Text>
        </>
      )}
    </Stack>
  );
}
