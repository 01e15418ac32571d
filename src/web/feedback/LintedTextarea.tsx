// A feedback editor with the linter's findings inline. The linter (src/domain/feedback/lint) runs here, in
// the browser, shortly after each key press. The flagged words are highlighted on a backdrop behind a
// transparent textarea, laid out with the textarea's own metrics so each mark sits under its words, and
// listed under the editor: each item quotes the words, says why and suggests a rewording, and selects
// the words in the editor when activated (a button, so Tab and Enter reach it).
import { Badge, Box, Group, Stack, Text, Textarea, UnstyledButton } from "@mantine/core";
import {
  type CSSProperties,
  type ReactNode,
  type Ref,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { type LintFinding, lintFeedback, ruleTitles } from "../../domain/feedback/lint";
import { describeFindings, highlightSegments, rebaseFindings, severityColor } from "./lint-highlights";

export interface LintedTextareaProps {
  value: string;
  onChange: (value: string) => void;
  label?: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  /** An error of the form's own (not the linter's), shown under the field as Mantine does. */
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  name?: string;
  id?: string;
  autoFocus?: boolean;
  /** Rows shown when empty; the editor grows with its text. */
  minRows?: number;
  /** Rows after which the editor scrolls instead of growing. */
  maxRows?: number;
  /** Milliseconds without a key press before the linter runs; 150 by default. */
  debounceMs?: number;
  /**
   * The findings for `value`, each time the linter has run on it. They may trail the text by `debounceMs`:
   * to decide a release, lint the text being released (`lintFeedback`) rather than keep these.
   */
  onFindings?: (findings: LintFinding[]) => void;
  /** Leave out the list under the editor (the highlights and the count stay). */
  hideFindingsList?: boolean;
  /** The textarea, for a page that moves the caret or focuses it. */
  textareaRef?: Ref<HTMLTextAreaElement>;
}

interface Linted {
  text: string;
  findings: LintFinding[];
}

// Mantine's "light" colours are translucent, so the marks read in the dark colour scheme too.
const markStyle: Record<LintFinding["severity"], CSSProperties> = {
  error: {
    background: "var(--mantine-color-red-light)",
    boxShadow: "inset 0 -2px 0 var(--mantine-color-red-filled)",
  },
  warning: {
    background: "var(--mantine-color-yellow-light)",
    boxShadow: "inset 0 -2px 0 var(--mantine-color-yellow-filled)",
  },
};

// The textarea's metrics the backdrop copies, so that its text wraps exactly where the textarea's does.
const COPIED = [
  "boxSizing",
  "fontFamily",
  "fontSize",
  "fontWeight",
  "fontStyle",
  "letterSpacing",
  "lineHeight",
  "textTransform",
  "textIndent",
  "wordSpacing",
  "tabSize",
  "paddingTop",
  "paddingRight",
  "paddingBottom",
  "paddingLeft",
  "borderTopWidth",
  "borderRightWidth",
  "borderBottomWidth",
  "borderLeftWidth",
  "borderTopLeftRadius",
  "borderTopRightRadius",
  "borderBottomLeftRadius",
  "borderBottomRightRadius",
] as const;

export function LintedTextarea({
  value,
  onChange,
  label,
  description,
  placeholder,
  error,
  required,
  disabled,
  readOnly,
  name,
  id,
  autoFocus,
  minRows = 8,
  maxRows,
  debounceMs = 150,
  onFindings,
  hideFindingsList = false,
  textareaRef,
}: LintedTextareaProps) {
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const backdrop = useRef<HTMLDivElement | null>(null);
  useImperativeHandle(textareaRef, () => textarea.current as HTMLTextAreaElement, []);
  const summaryId = useId();
  const [linted, setLinted] = useState<Linted>({ text: "", findings: [] });
  const [active, setActive] = useState<number | undefined>(undefined);

  // Lint once the interviewer pauses; the first lint waits too, so the page paints before it.
  useEffect(() => {
    const timer = window.setTimeout(() => setLinted({ text: value, findings: lintFeedback(value) }), debounceMs);
    return () => window.clearTimeout(timer);
  }, [value, debounceMs]);

  const reportFindings = useRef(onFindings);
  reportFindings.current = onFindings;
  useEffect(() => {
    reportFindings.current?.(linted.findings);
  }, [linted]);

  // Between a key press and the next lint, the last findings follow the text they were found in.
  const findings = useMemo(() => rebaseFindings(linted.text, value, linted.findings), [linted, value]);
  const segments = useMemo(() => highlightSegments(value, findings), [value, findings]);
  useEffect(() => {
    if (active !== undefined && active >= findings.length) setActive(undefined);
  }, [active, findings.length]);

  useBackdropLayout(textarea, backdrop);

  const syncScroll = useCallback(() => {
    if (textarea.current && backdrop.current) {
      backdrop.current.scrollTop = textarea.current.scrollTop;
      backdrop.current.scrollLeft = textarea.current.scrollLeft;
    }
  }, []);

  const select = (index: number) => {
    const finding = findings[index];
    const element = textarea.current;
    if (!finding || !element) return;
    setActive(index);
    element.focus();
    element.setSelectionRange(finding.start, finding.end);
    syncScroll();
  };

  return (
    <Stack gap="xs">
      <Textarea
        ref={textarea}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onScroll={syncScroll}
        label={label}
        description={description}
        placeholder={placeholder}
        error={error}
        required={required}
        disabled={disabled}
        readOnly={readOnly}
        name={name}
        id={id}
        autoFocus={autoFocus}
        autosize
        minRows={minRows}
        maxRows={maxRows}
        aria-describedby={summaryId}
        spellCheck
        styles={{ input: { background: "transparent", position: "relative", zIndex: 1 } }}
        inputContainer={(children) => (
          <Box pos="relative">
            <div
              ref={backdrop}
              aria-hidden
              style={{
                position: "absolute",
                inset: 0,
                overflow: "hidden",
                whiteSpace: "pre-wrap",
                overflowWrap: "break-word",
                wordBreak: "normal",
                color: "transparent",
                borderStyle: "solid",
                borderColor: "transparent",
                background: disabled ? "var(--mantine-color-gray-1)" : "var(--mantine-color-body)",
                pointerEvents: "none",
              }}
            >
              {segments.map((segment) =>
                segment.severity === undefined ? (
                  <span key={segment.start}>{segment.text}</span>
                ) : (
                  <mark
                    key={segment.start}
                    style={{
                      ...markStyle[segment.severity],
                      color: "transparent",
                      borderRadius: 2,
                      padding: 0,
                      outline:
                        segment.finding === active
                          ? `2px solid var(--mantine-color-${severityColor[segment.severity]}-7)`
                          : undefined,
                    }}
                  >
                    {segment.text}
                  </mark>
                ),
              )}
              {/* A textarea keeps a last empty line after a final line break; so must the backdrop. */}
              {value.endsWith("\n") ? " " : null}
            </div>
            {children}
          </Box>
        )}
      />
      <Text
        id={summaryId}
        size="sm"
        c={findings.some((f) => f.severity === "error") ? "red.7" : "dimmed"}
        aria-live="polite"
      >
        {describeFindings(findings)}
        {findings.some((f) => f.severity === "error") ? ": release needs an override with a written reason." : "."}
      </Text>
      {!hideFindingsList && findings.length > 0 && (
        <Stack
          component="ul"
          gap={4}
          aria-label="What the linter found"
          style={{ listStyle: "none", margin: 0, padding: 0 }}
        >
          {findings.map((finding, index) => (
            <li key={`${finding.rule}:${finding.start}:${finding.end}`}>
              <FindingItem
                finding={finding}
                quoted={value.slice(finding.start, finding.end)}
                active={index === active}
                onSelect={() => select(index)}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function FindingItem({
  finding,
  quoted,
  active,
  onSelect,
}: {
  finding: LintFinding;
  quoted: string;
  active: boolean;
  onSelect: () => void;
}) {
  const color = severityColor[finding.severity];
  return (
    <UnstyledButton
      onClick={onSelect}
      aria-label={`${finding.severity}, ${ruleTitles[finding.rule]}: "${quoted}". ${finding.message} Select it in the editor.`}
      w="100%"
      p="xs"
      style={{
        borderLeft: `3px solid var(--mantine-color-${color}-6)`,
        borderRadius: "var(--mantine-radius-sm)",
        background: active ? `var(--mantine-color-${color}-light)` : undefined,
      }}
    >
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Badge color={color} variant="light" size="sm" style={{ flexShrink: 0 }}>
          {finding.severity}
        </Badge>
        <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
          {ruleTitles[finding.rule]}
        </Text>
        <Text size="sm" truncate>
          “{quoted}”
        </Text>
      </Group>
      <Text size="sm" mt={4}>
        {finding.message}
      </Text>
      {finding.suggestion && (
        <Text size="sm" c="dimmed" mt={2}>
          {finding.suggestion}
        </Text>
      )}
    </UnstyledButton>
  );
}

/**
 * Keeps the backdrop's box and font identical to the textarea's, including the width a scroll bar takes
 * once the editor reaches `maxRows`, as the textarea resizes (autosize, window, fonts loading).
 */
function useBackdropLayout(
  textarea: RefObject<HTMLTextAreaElement | null>,
  backdrop: RefObject<HTMLDivElement | null>,
) {
  useLayoutEffect(() => {
    const input = textarea.current;
    const under = backdrop.current;
    if (!input || !under) return;
    const copy = () => {
      const style = window.getComputedStyle(input);
      for (const property of COPIED) under.style[property] = style[property];
      const scrollbar =
        input.offsetWidth - input.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      under.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
      under.scrollTop = input.scrollTop;
    };
    copy();
    const observer = new ResizeObserver(copy);
    observer.observe(input);
    return () => observer.disconnect();
  }, [textarea, backdrop]);
}
