// A code snapshot, one row per line, whose lines can be selected: click a line number, shift-click another
// for a range; or from the keyboard, with the line numbers as one tab stop (↑ ↓ move, Shift+↑ ↓ extend,
// Home and End, Esc clears). What goes under a line (its annotations, the form for a new one) is the
// caller's, so a remark sits right below the code it is about, on a phone as on a desk.
import { Box, UnstyledButton } from "@mantine/core";
import { Fragment, type KeyboardEvent, memo, type ReactNode, useMemo, useRef, useState } from "react";
import type { AnnotationKind } from "../../domain/feedback/assessment";
import { highlightLines } from "./highlightLines";
import { annotationKindInfo, spanOf } from "./lineSelection";

interface SelectableCodeProps {
  code: string;
  language: string;
  label: string;
  selection: { startLine: number; endLine: number } | null;
  onSelect: (range: { startLine: number; endLine: number } | null) => void;
  /** The kind of the annotation covering each line (the first, where several do), for a mark in the gutter. */
  marks: ReadonlyMap<number, AnnotationKind>;
  renderAfter: (line: number) => ReactNode;
}

const rowFont = { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13, lineHeight: "20px" } as const;

export const SelectableCode = memo(function SelectableCode(props: SelectableCodeProps) {
  const { code, language, label, selection, onSelect, marks, renderAfter } = props;
  const lines = useMemo(() => highlightLines(code, language), [code, language]);
  const container = useRef<HTMLDivElement>(null);
  // Where a shift-click or Shift+arrow extends from: the line clicked last without Shift.
  const anchor = useRef<number | null>(null);
  const [focused, setFocused] = useState(1);
  const count = lines.length;
  const tabStop = selection?.endLine ?? focused;

  const focusLine = (line: number) => {
    setFocused(line);
    container.current?.querySelector<HTMLButtonElement>(`[data-line="${line}"]`)?.focus();
  };

  const choose = (line: number, extend: boolean) => {
    const from = extend ? (anchor.current ?? selection?.startLine ?? line) : line;
    if (!extend) anchor.current = line;
    onSelect(spanOf(from, line));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, line: number) => {
    const moves: Record<string, number> = { ArrowDown: line + 1, ArrowUp: line - 1, Home: 1, End: count };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = Math.min(count, Math.max(1, target));
      focusLine(next);
      choose(next, event.shiftKey);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      choose(line, event.shiftKey);
    } else if (event.key === "Escape" && selection) {
      event.preventDefault();
      anchor.current = null;
      onSelect(null);
    }
  };

  return (
    <Box
      ref={container}
      role="group"
      aria-label={label}
      style={{
        display: "grid",
        gridTemplateColumns: "auto minmax(0, 1fr)",
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: "var(--mantine-radius-md)",
        background: "var(--mantine-color-gray-0)",
        overflow: "hidden",
      }}
    >
      {lines.map((html, index) => {
        const line = index + 1;
        const selected = selection !== null && line >= selection.startLine && line <= selection.endLine;
        const mark = marks.get(line);
        return (
          <Fragment key={line}>
            <UnstyledButton
              data-line={line}
              aria-label={`Line ${line}`}
              aria-pressed={selected}
              tabIndex={line === tabStop ? 0 : -1}
              onClick={(event) => {
                setFocused(line);
                choose(line, event.shiftKey);
              }}
              onKeyDown={(event) => onKeyDown(event, line)}
              style={{
                ...rowFont,
                // A wrapped line keeps its number beside its first row.
                display: "flex",
                alignItems: "flex-start",
                justifyContent: "flex-end",
                padding: "0 10px 0 12px",
                minWidth: 48,
                color: selected ? "var(--mantine-color-indigo-9)" : "var(--mantine-color-gray-6)",
                fontWeight: selected ? 700 : 400,
                background: selected ? "var(--mantine-color-indigo-1)" : "var(--mantine-color-gray-1)",
                borderRight: "1px solid var(--mantine-color-gray-3)",
                boxShadow: mark ? `inset 3px 0 0 var(--mantine-color-${annotationKindInfo[mark].color}-6)` : undefined,
                userSelect: "none",
              }}
            >
              {line}
            </UnstyledButton>
            <code
              className="hljs"
              style={{
                ...rowFont,
                display: "block",
                padding: "0 16px",
                whiteSpace: "pre-wrap",
                overflowWrap: "anywhere",
                background: selected ? "var(--mantine-color-indigo-0)" : "transparent",
              }}
              // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js escapes the code it marks up, and highlightLines escapes what it does not know
              dangerouslySetInnerHTML={{ __html: html || " " }}
            />
            <After>{renderAfter(line)}</After>
          </Fragment>
        );
      })}
    </Box>
  );
});

/** What goes under a line spans the whole width, the gutter too. */
function After({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === false) return null;
  return (
    <Box
      style={{
        gridColumn: "1 / -1",
        padding: "6px 10px",
        borderTop: "1px solid var(--mantine-color-gray-3)",
        borderBottom: "1px solid var(--mantine-color-gray-3)",
        background: "var(--mantine-color-body)",
      }}
    >
      {children}
    </Box>
  );
}
