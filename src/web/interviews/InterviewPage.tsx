import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Grid,
  Group,
  Kbd,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconArrowLeft, IconFlag, IconLock, IconPlayerPlay } from "@tabler/icons-react";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/client";
import type { EventKind, HintTopic, Interview, Me, QuestionLayer } from "../api/types";
import { useHintTopics } from "../questions/queries";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime } from "../shared/format";
import { NotFoundPage } from "../shared/NotFoundPage";
import { EventList } from "./EventList";
import { InterviewTimeline } from "./InterviewTimeline";
import { formatClock, kindByKey, kindInfo, kindOrder, layerColorName, stageLabels } from "./kinds";
import { changeEvent, enqueue } from "./outbox";
import {
  mergeSnapshots,
  type ShownEvent,
  useInterview,
  useInterviewAction,
  useMergedEvents,
  useServerSnapshots,
} from "./queries";
import { SaveStatus } from "./SaveStatus";
import { Snapshots } from "./Snapshots";

const MAX_SECONDS = 86_400;

export function InterviewPage({ me }: { me: Me }) {
  const { id = "" } = useParams();
  const interview = useInterview(id);
  const back = (
    <Anchor component={Link} to="/interviews" size="sm" display="inline-flex" style={{ alignItems: "center", gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden /> All interviews
    </Anchor>
  );
  if (interview.isPending) {
    return (
      <Stack gap="md" aria-label="Loading the interview">
        {back}
        <Skeleton h={36} w={320} />
        <Skeleton h={260} />
      </Stack>
    );
  }
  if (interview.isError) {
    if (isApiError(interview.error, 404) || isApiError(interview.error, 400)) return <NotFoundPage />;
    return (
      <Stack gap="md">
        {back}
        <ErrorAlert error={interview.error} title="Could not load the interview" onRetry={() => interview.refetch()} />
      </Stack>
    );
  }
  return <InterviewView interview={interview.data} me={me} back={back} />;
}

function statusBadge(status: Interview["status"]) {
  const props = {
    scheduled: { color: "gray", label: "Scheduled" },
    live: { color: "red", label: "Live" },
    finished: { color: "teal", label: "Finished" },
  }[status];
  return (
    <Badge color={props.color} variant={status === "live" ? "filled" : "light"}>
      {props.label}
    </Badge>
  );
}

function InterviewView({ interview, me, back }: { interview: Interview; me: Me; back: React.ReactNode }) {
  const { server, outbox, events } = useMergedEvents(interview.id);
  const serverSnapshots = useServerSnapshots(interview.id);
  const snapshots = useMemo(
    () => mergeSnapshots(serverSnapshots.data?.snapshots, outbox.items, interview.id),
    [serverSnapshots.data, outbox.items, interview.id],
  );
  // The list and the code follow a moment later: a key press first reaches the timeline. The save status
  // is never deferred: it must not say "All saved" while a note is still on its way.
  const listedEvents = useDeferredValue(events);
  const listedSnapshots = useDeferredValue(snapshots);
  const topicsQuery = useHintTopics();
  const topics = topicsQuery.data?.topics ?? [];
  const action = useInterviewAction(interview.id);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const isInterviewer = me.user.id === interview.interviewer.id;
  const layers = interview.question?.layers ?? [];
  const startedMs = interview.startedAt ? Date.parse(interview.startedAt) : null;
  const endedAfter =
    interview.endedAt && startedMs !== null
      ? Math.min(MAX_SECONDS, Math.max(0, Math.round((Date.parse(interview.endedAt) - startedMs) / 1000)))
      : null;
  const live = interview.status === "live" && startedMs !== null;

  // Seconds since the start, read when a key is pressed; seq orders events within one second.
  const lastSeq = useRef(0);
  const stamp = useCallback(() => {
    const ms = startedMs === null ? 0 : Date.now() - startedMs;
    const at = Math.min(MAX_SECONDS, Math.max(0, Math.floor(ms / 1000)));
    const seq = Math.min(2_147_483_647, Math.max(lastSeq.current + 1, Math.floor(ms)));
    lastSeq.current = seq;
    return { at, seq };
  }, [startedMs]);
  const snapshotStamp = useCallback(() => {
    if (endedAfter !== null) return endedAfter;
    return stamp().at;
  }, [stamp, endedAfter]);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {back}
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} miw={0}>
            <Group gap="sm">
              <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
                {interview.candidate.name}
              </Title>
              {statusBadge(interview.status)}
              {interview.stage ? (
                <Badge variant="outline" color="gray">
                  {stageLabels[interview.stage]}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {interview.question ? (
                <>
                  <Anchor component={Link} to={`/questions/${interview.question.id}`} size="sm">
                    {interview.question.title}
                  </Anchor>{" "}
                  (version {interview.question.version}) ·{" "}
                </>
              ) : (
                "No question · "
              )}
              {interview.interviewer.name} · {interview.durationMinutes} min
              {interview.scheduledAt ? ` · planned ${formatDateTime(interview.scheduledAt)}` : ""}
            </Text>
          </Stack>
          <Group gap="md" align="center">
            {interview.status !== "scheduled" ? <SaveStatus outbox={outbox} /> : null}
            {live && isInterviewer ? (
              <Button
                color="red"
                variant="light"
                leftSection={<IconFlag size={16} aria-hidden />}
                onClick={() => setConfirmFinish(true)}
              >
                Finish the interview
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>

      {action.error ? <ErrorAlert error={action.error} title="That did not work" /> : null}
      {server.isError ? (
        <ErrorAlert error={server.error} title="Could not load the recorded events" onRetry={() => server.refetch()} />
      ) : null}

      {interview.status === "scheduled" ? (
        <Card withBorder radius="md" padding="xl">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3">
              Ready when you are
            </Title>
            <Text c="dimmed" maw={640}>
              Starting the interview starts its clock. From then on, one key records each event, stamped with the second
              you press it: no mouse needed.
            </Text>
            <KeyLegend />
            {isInterviewer ? (
              <Button
                size="lg"
                mt="sm"
                leftSection={<IconPlayerPlay size={20} aria-hidden />}
                loading={action.isPending}
                onClick={() => action.mutate("start")}
              >
                Start the interview
              </Button>
            ) : (
              <Text size="sm">Only {interview.interviewer.name}, who runs this interview, can start it.</Text>
            )}
          </Stack>
        </Card>
      ) : null}

      {live && startedMs !== null ? (
        <Cockpit
          interview={interview}
          startedMs={startedMs}
          events={listedEvents}
          topics={topics}
          layers={layers}
          stamp={stamp}
          canTakeNotes={isInterviewer}
        />
      ) : null}

      {interview.status !== "scheduled" ? (
        <>
          <InterviewTimeline
            events={events}
            snapshots={snapshots}
            layers={layers}
            topics={topics}
            plannedSeconds={interview.durationMinutes * 60}
            liveSince={live ? startedMs : null}
            endedAfter={endedAfter}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <EventList
                interviewId={interview.id}
                events={listedEvents}
                topics={topics}
                layers={layers}
                editable={isInterviewer}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Snapshots
                interviewId={interview.id}
                snapshots={listedSnapshots}
                stamp={isInterviewer ? snapshotStamp : null}
              />
            </Grid.Col>
          </Grid>
        </>
      ) : null}

      {confirmFinish ? (
        <ConfirmModal
          opened
          title="Finish the interview?"
          confirmLabel="Finish"
          loading={action.isPending}
          error={action.error}
          onClose={() => setConfirmFinish(false)}
          onConfirm={() => action.mutate("finish", { onSuccess: () => setConfirmFinish(false) })}
        >
          The clock stops and the keys no longer record. You can still add text to the notes, correct them and add the
          candidate's final code.
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}

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

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return true;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

interface CockpitProps {
  interview: Interview;
  startedMs: number;
  events: ShownEvent[];
  topics: HintTopic[];
  layers: QuestionLayer[];
  stamp: () => { at: number; seq: number };
  canTakeNotes: boolean;
}

type Capture = { id: string; kind: EventKind; at: number };

function Cockpit({ interview, startedMs, events, topics, layers, stamp, canTakeNotes }: CockpitProps) {
  const [capture, setCapture] = useState<Capture | null>(null);
  const [hint, setHint] = useState<{ at: number; seq: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const live = events.filter((event) => !event.deleted);
  const currentLayer = Math.max(1, ...live.filter((e) => e.kind === "constraint_change").map((e) => e.layer ?? 1));
  const completedAt = live.find((e) => e.kind === "layer_completed" && e.layer === currentLayer)?.at;

  const record = useCallback(
    (kind: EventKind, at: { at: number; seq: number }, extra: { topic?: string; layer?: number } = {}) => {
      const clientId = crypto.randomUUID();
      void enqueue({ type: "event", interviewId: interview.id, body: { clientId, kind, ...at, ...extra } });
      setCapture({ id: clientId, kind, at: at.at });
      setMessage(null);
    },
    [interview.id],
  );

  // The latest values for the key handler, which is installed once.
  const latest = useRef({ hint, topics, currentLayer, layers, record, stamp });
  latest.current = { hint, topics, currentLayer, layers, record, stamp };

  useEffect(() => {
    if (!canTakeNotes) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target)) return;
      const now = latest.current;
      if (now.hint) {
        if (event.key === "Escape") {
          event.preventDefault();
          setHint(null);
        } else if (/^[1-9]$/.test(event.key)) {
          const topic = now.topics[Number(event.key) - 1];
          if (!topic) return;
          event.preventDefault();
          setHint(null);
          now.record("hint", now.hint, { topic: topic.slug });
        }
        return;
      }
      const kind = kindByKey[event.key.toLowerCase()];
      if (!kind) return;
      event.preventDefault();
      const at = now.stamp();
      if (kind === "hint") {
        setHint(at);
        setCapture(null);
        return;
      }
      if (kind === "constraint_change") {
        const next = now.currentLayer + 1;
        if (now.layers.length > 0 && next > now.layers.length) {
          setMessage(`Layer ${now.currentLayer} is the question's last layer: there is no constraint change to open.`);
          return;
        }
        now.record(kind, at, { layer: next });
        // The next key may come before the layer card has caught up.
        latest.current.currentLayer = next;
        return;
      }
      if (kind === "layer_completed") {
        now.record(kind, at, { layer: now.currentLayer });
        return;
      }
      now.record(kind, at);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canTakeNotes]);

  const layer = layers[currentLayer - 1];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <Clock startedMs={startedMs} plannedSeconds={interview.durationMinutes * 60} />
          {canTakeNotes ? (
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="keys-heading">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h5" id="keys-heading">
                    Keys
                  </Title>
                  <Text size="xs" c="dimmed">
                    Not while typing in a field
                  </Text>
                </Group>
                <KeyLegend compact />
              </Stack>
            </Card>
          ) : (
            <Alert color="gray" icon={<IconLock aria-hidden />}>
              Only {interview.interviewer.name}, who runs this interview, takes its notes. You see them as they are
              saved.
            </Alert>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <Card
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-labelledby="layer-heading"
            style={{ borderLeft: `6px solid var(--mantine-color-${layerColorName(currentLayer - 1)}-5)` }}
          >
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                  Current layer {layers.length ? `${currentLayer} of ${layers.length}` : currentLayer}
                </Text>
                {completedAt !== undefined ? (
                  <Badge color="teal" variant="light" tt="none">
                    Completed at {formatClock(completedAt)}
                  </Badge>
                ) : layer?.expectedMinutes ? (
                  <Badge color="gray" variant="light" tt="none">
                    Strong candidates: about {layer.expectedMinutes} min
                  </Badge>
                ) : null}
              </Group>
              <Title order={2} size="h3" id="layer-heading">
                {layer?.title ?? (layers.length ? `Layer ${currentLayer}` : "No question chosen")}
              </Title>
              {layer?.description ? <Text style={{ whiteSpace: "pre-wrap" }}>{layer.description}</Text> : null}
              {layer?.guide && canTakeNotes ? (
                <Box p="sm" mt={4} bg="yellow.0" style={{ borderRadius: "var(--mantine-radius-md)" }}>
                  <Text size="xs" fw={700} c="yellow.9" tt="uppercase">
                    Your guide (private)
                  </Text>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {layer.guide}
                  </Text>
                </Box>
              ) : null}
              {layers[currentLayer] ? (
                <Text size="sm" c="dimmed">
                  Next (X): {layers[currentLayer]?.title}
                </Text>
              ) : null}
            </Stack>
          </Card>
          {canTakeNotes ? (
            <CapturePanel
              interviewId={interview.id}
              capture={capture}
              hint={hint}
              topics={topics}
              message={message}
              onClose={() => setCapture(null)}
              onPickTopic={(slug) => {
                if (!hint) return;
                setHint(null);
                record("hint", hint, { topic: slug });
              }}
              onCancelHint={() => setHint(null)}
            />
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

const Clock = memo(function Clock({ startedMs, plannedSeconds }: { startedMs: number; plannedSeconds: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  const elapsed = Math.max(0, Math.floor((now - startedMs) / 1000));
  const over = elapsed > plannedSeconds;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Clock">
      <Stack gap="xs">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          Elapsed
        </Text>
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Text
            fz={{ base: 56, sm: 72 }}
            fw={700}
            lh={1}
            ff="monospace"
            c={over ? "red.7" : undefined}
            data-testid="clock"
            style={{ fontVariantNumeric: "tabular-nums" }}
            role="timer"
            aria-live="off"
          >
            {formatClock(elapsed)}
          </Text>
          <Text size="lg" c="dimmed" ff="monospace">
            / {formatClock(plannedSeconds)}
          </Text>
        </Group>
        <Progress
          value={Math.min(100, (elapsed / plannedSeconds) * 100)}
          color={over ? "red" : elapsed > plannedSeconds * 0.8 ? "orange" : "indigo"}
          size="md"
          aria-label="Time used of the planned duration"
        />
        {over ? (
          <Text size="sm" c="red.7" fw={500}>
            {formatClock(elapsed - plannedSeconds)} over the planned time
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {formatClock(plannedSeconds - elapsed)} left
          </Text>
        )}
      </Stack>
    </Card>
  );
});

function CapturePanel({
  interviewId,
  capture,
  hint,
  topics,
  message,
  onClose,
  onPickTopic,
  onCancelHint,
}: {
  interviewId: string;
  capture: Capture | null;
  hint: { at: number } | null;
  topics: HintTopic[];
  message: string | null;
  onClose: () => void;
  onPickTopic: (slug: string) => void;
  onCancelHint: () => void;
}) {
  const [text, setText] = useState("");
  const done = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new event starts with an empty field
  useEffect(() => {
    setText("");
    done.current = false;
  }, [capture?.id]);
  const save = () => {
    if (done.current) return;
    done.current = true;
    if (capture && text.trim()) void changeEvent(interviewId, capture.id, { text: text.trim() });
    onClose();
  };

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
        <Stack gap="xs">
          <Text fw={600}>
            Hint at {formatClock(hint.at)}: what about?{" "}
            <Text span c="dimmed" size="sm">
              Press its number; Esc cancels.
            </Text>
          </Text>
          <SimpleGrid
            cols={{ base: 1, xs: 2, sm: 3 }}
            spacing={6}
            component="ol"
            m={0}
            p={0}
            style={{ listStyle: "none" }}
          >
            {topics.slice(0, 9).map((topic, index) => (
              <li key={topic.slug}>
                <Button
                  variant="light"
                  color="orange"
                  fullWidth
                  justify="flex-start"
                  onClick={() => onPickTopic(topic.slug)}
                >
                  <Kbd mr={8}>{index + 1}</Kbd> {topic.label}
                </Button>
              </li>
            ))}
          </SimpleGrid>
          <Button variant="subtle" color="gray" size="compact-sm" onClick={onCancelHint} w="max-content">
            Cancel (Esc)
          </Button>
        </Stack>
      ) : capture ? (
        <TextInput
          key={capture.id}
          autoFocus
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
      ) : (
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
      )}
    </Card>
  );
}
