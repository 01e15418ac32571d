// The candidate's code as the feedback released it, read-only: highlighted line by line (the staff
// walk-through's highlighter), a mark in the gutter beside each line a remark is about, and each remark
// right under the last of its lines, so it reads next to the code on a phone as on a desk, and in print.
import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import { Fragment, useMemo } from "react";
import type { z } from "zod";
import type { WalkthroughBlock } from "../../features/candidate-portal/schemas";
import { linesLabel } from "../feedback/evidenceLabels";
import { highlightLines } from "../feedback/highlightLines";
import { annotationKindInfo } from "../feedback/lineSelection";
import classes from "./candidate.module.css";

type Block = z.infer<typeof WalkthroughBlock>;
type Remark = Block["annotations"][number];

const rowFont = { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13, lineHeight: "20px" } as const;

export function CodeLines({ block, label }: { block: Block; label: string }) {
  const lines = useMemo(() => highlightLines(block.code, block.language), [block.code, block.language]);
  // The kind of the first remark over each line, for its gutter mark.
  const marks = useMemo(() => {
    const byLine = new Map<number, Remark["kind"]>();
    for (const remark of block.annotations) {
      for (let line = remark.startLine; line <= remark.endLine; line++)
        if (!byLine.has(line)) byLine.set(line, remark.kind);
    }
    return byLine;
  }, [block.annotations]);

  return (
    <Box
      role="group"
      aria-label={label}
      style={{
        display: "grid",
        gridTemplateColumns: "auto minmax(0, 1fr)",
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: "var(--mantine-radius-md)",
        background: "var(--mantine-color-white)",
        overflow: "hidden",
      }}
    >
      {lines.map((html, index) => {
        const line = index + 1;
        const mark = marks.get(line);
        const after = block.annotations.filter((remark) => remark.endLine === line);
        return (
          <Fragment key={line}>
            <Text
              span
              style={{
                ...rowFont,
                padding: "0 10px 0 12px",
                minWidth: 44,
                textAlign: "right",
                color: "var(--mantine-color-gray-7)",
                background: "var(--mantine-color-gray-1)",
                borderRight: "1px solid var(--mantine-color-gray-3)",
                boxShadow: mark ? `inset 4px 0 0 var(--mantine-color-${annotationKindInfo[mark].color}-7)` : undefined,
                userSelect: "none",
              }}
            >
              {line}
            </Text>
            <code
              className="hljs"
              style={{
                ...rowFont,
                display: "block",
                padding: "0 14px",
                whiteSpace: "pre-wrap",
                overflowWrap: "anywhere",
              }}
              // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js escapes the code it marks up, and highlightLines escapes what it does not know
              dangerouslySetInnerHTML={{ __html: html || " " }}
            />
            {after.length > 0 ? (
              <Stack
                gap="xs"
                className={classes.keepTogether}
                style={{
                  gridColumn: "1 / -1",
                  padding: "8px 12px",
                  borderTop: "1px solid var(--mantine-color-gray-3)",
                  borderBottom: "1px solid var(--mantine-color-gray-3)",
                  background: "var(--mantine-color-gray-0)",
                }}
              >
                {after.map((remark) => (
                  <RemarkCard key={`${remark.startLine}-${remark.comment}`} remark={remark} />
                ))}
              </Stack>
            ) : null}
          </Fragment>
        );
      })}
    </Box>
  );
}

function RemarkCard({ remark }: { remark: Remark }) {
  const info = annotationKindInfo[remark.kind];
  return (
    <Stack
      gap={2}
      pl="xs"
      style={{ borderLeft: `4px solid var(--mantine-color-${info.color}-7)` }}
      data-testid="remark"
    >
      <Group gap="xs">
        {/* Dark words on the kind's tint: no shade of orange reads at AA contrast on its own tint. */}
        <Badge size="sm" color={info.color} variant="light" tt="none" c="dark.8">
          {info.label}
        </Badge>
        <Text size="xs" c="gray.7">
          {linesLabel(remark.startLine, remark.endLine)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {remark.comment}
      </Text>
    </Stack>
  );
}
