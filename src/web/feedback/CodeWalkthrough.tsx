// Step 3: the candidate's code, line by line, with the interviewer's remarks under the lines they are about.
// The final snapshot first (earlier ones a select away); a selection of lines becomes a remark here, or
// evidence for a checklist answer.
import { Anchor, Button, Menu, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconLink } from "@tabler/icons-react";
import { lazy, Suspense, useMemo, useState } from "react";
import { Link } from "react-router";
import type { AnnotationKind } from "../../domain/feedback/assessment";
import type { CodeAnnotation, CodeSnapshot, EvidenceLink } from "../api/types";
import { formatClock } from "../interviews/kinds";
import { SnapshotHeader } from "../interviews/SnapshotHeader";
import { AnnotationCard } from "./AnnotationCard";
import { type AnnotationDraft, AnnotationForm, type LineRange } from "./AnnotationForm";
import { type FieldMessage, messagesUnder } from "./assessmentForm";
import { linesLabel } from "./evidenceLabels";
import type { LineSelection } from "./lineSelection";

// highlight.js and its grammars load with the first snapshot shown, not with the app.
const SelectableCode = lazy(() => import("./SelectableCode").then((module) => ({ default: module.SelectableCode })));

interface CodeWalkthroughProps {
  interviewId: string;
  snapshots: CodeSnapshot[];
  annotations: CodeAnnotation[];
  /** Null when the assessment is read-only here. */
  onAnnotationsChange: ((annotations: CodeAnnotation[]) => void) | null;
  selection: LineSelection | null;
  onSelectionChange: (selection: LineSelection | null) => void;
  /** The checklist answers lines can be attached to as evidence. */
  attachTargets: { id: string; label: string }[];
  onAttach: ((itemId: string, link: EvidenceLink) => void) | null;
  errors: FieldMessage[];
}

const blankDraft: AnnotationDraft = { kind: "could_be_better", comment: "" };

export function CodeWalkthrough(props: CodeWalkthroughProps) {
  const { snapshots, annotations, onAnnotationsChange, selection, onSelectionChange, errors } = props;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<AnnotationDraft>(blankDraft);
  const [editing, setEditing] = useState<{ index: number; range: LineRange; draft: AnnotationDraft } | null>(null);
  const final = snapshots.at(-1);
  const shown = snapshots.find((snapshot) => snapshot.id === chosenId) ?? final;
  const shownId = shown?.id;
  const lineCount = useMemo(() => (shown ? shown.code.replace(/\n$/, "").split(/\r\n|\r|\n/).length : 0), [shown]);

  const onShown = useMemo(
    () =>
      annotations.flatMap((annotation, index) => (annotation.snapshotId === shownId ? [{ annotation, index }] : [])),
    [annotations, shownId],
  );
  const marks = useMemo(() => {
    const byLine = new Map<number, AnnotationKind>();
    for (const { annotation } of onShown) {
      for (let line = annotation.startLine; line <= annotation.endLine; line++) {
        if (!byLine.has(line)) byLine.set(line, annotation.kind);
      }
    }
    return byLine;
  }, [onShown]);

  if (!shown) {
    return (
      <Text size="sm" c="dimmed">
        No code snapshots were saved in this interview, so there is no code to walk through.{" "}
        <Anchor component={Link} to={`/interviews/${props.interviewId}`} size="sm">
          Add the candidate's code on the interview page
        </Anchor>
        .
      </Text>
    );
  }

  const selected = selection?.snapshotId === shown.id ? selection : null;
  const elsewhere = annotations.length - onShown.length;
  const select = (range: LineRange | null) => onSelectionChange(range ? { snapshotId: shown.id, ...range } : null);
  const change = onAnnotationsChange;

  const renderAfter = (line: number) => {
    const here = onShown.filter(({ annotation }) => annotation.endLine === line);
    if (here.length === 0) return null;
    return (
      <Stack gap="xs">
        {here.map(({ annotation, index }) =>
          editing?.index === index && change ? (
            <AnnotationForm
              key={index}
              lineCount={lineCount}
              range={editing.range}
              onRangeChange={(range) => setEditing({ ...editing, range })}
              draft={editing.draft}
              onDraftChange={(next) => setEditing({ ...editing, draft: next })}
              submitLabel="Save remark"
              autoFocus
              onSubmit={() => {
                const next = annotations.slice();
                next[index] = { ...annotation, ...editing.range, ...editing.draft };
                change(next);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <AnnotationCard
              key={index}
              annotation={annotation}
              errors={messagesUnder(errors, `annotations.${index}`)}
              onEdit={
                change
                  ? () =>
                      setEditing({
                        index,
                        range: { startLine: annotation.startLine, endLine: annotation.endLine },
                        draft: { kind: annotation.kind, comment: annotation.comment },
                      })
                  : null
              }
              onDelete={change ? () => change(annotations.filter((_, other) => other !== index)) : null}
            />
          ),
        )}
      </Stack>
    );
  };

  return (
    <Stack gap="sm">
      <SnapshotHeader
        snapshots={snapshots}
        shown={shown}
        onChoose={(value) => {
          setChosenId(value);
          setEditing(null);
        }}
      />
      <Text size="xs" c="dimmed">
        {change
          ? "Click a line number to select it; shift-click another for a range, or type the last line in the form that opens (from the keyboard: ↑ ↓ and Shift+↑ ↓ on the line numbers). Then write a remark on those lines."
          : "The interviewer's remarks sit under the lines they are about."}
        {elsewhere > 0 ? ` ${elsewhere} more on other snapshots.` : ""}
      </Text>
      <Suspense fallback={<Skeleton h={160} />}>
        <SelectableCode
          code={shown.code}
          language={shown.language}
          label={`Code at ${formatClock(shown.at)}, ${shown.language}`}
          selection={selected}
          onSelect={change ? select : () => undefined}
          marks={marks}
          renderAfter={renderAfter}
        />
      </Suspense>
      {change && selected ? (
        <Paper
          withBorder
          shadow="sm"
          p="sm"
          radius="md"
          // Docked to the bottom of the screen while the code scrolls under it, so the remark is written
          // where the lines were chosen, however long the code.
          style={{ position: "sticky", bottom: 8, zIndex: 2 }}
          aria-label={`New remark on ${linesLabel(selected.startLine, selected.endLine).toLowerCase()}`}
          component="section"
        >
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              New remark on {linesLabel(selected.startLine, selected.endLine).toLowerCase()}
            </Text>
            <AnnotationForm
              lineCount={lineCount}
              range={selected}
              onRangeChange={select}
              draft={draft}
              onDraftChange={setDraft}
              submitLabel="Add remark"
              onSubmit={() => {
                change([...annotations, { snapshotId: shown.id, ...spanOnly(selected), ...draft }]);
                setDraft(blankDraft);
                select(null);
                // The form goes away with the selection: the keyboard carries on from the lines remarked on.
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>(`#code [data-line="${selected.endLine}"]`)?.focus(),
                );
              }}
              onCancel={() => select(null)}
              extra={<AttachMenu {...props} selection={selected} />}
            />
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

const spanOnly = ({ startLine, endLine }: LineRange) => ({ startLine, endLine });

function AttachMenu({ attachTargets, onAttach, selection }: CodeWalkthroughProps & { selection: LineSelection }) {
  if (!onAttach || attachTargets.length === 0) return null;
  return (
    <Menu position="top-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconLink size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          Use as evidence for…
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={360}>
        <Menu.Label>Attach {linesLabel(selection.startLine, selection.endLine).toLowerCase()} to</Menu.Label>
        {attachTargets.map((target) => (
          <Menu.Item
            key={target.id}
            onClick={() => onAttach(target.id, { kind: "code", ...selection })}
            style={{ whiteSpace: "normal" }}
          >
            {target.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
