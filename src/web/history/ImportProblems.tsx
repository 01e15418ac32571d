import { Alert, List, Text } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { formatCount } from "../shared/format";
import type { ImportRefused } from "./upload";

/** Why the file was refused, line by line: `line 12 · interview.assessment.overall · expected …`. */
export function ImportProblems({ refusal }: { refusal: ImportRefused }) {
  const more = refusal.problemCount - refusal.problems.length;
  return (
    <Alert color="red" variant="light" title="Nothing was imported" icon={<IconAlertCircle aria-hidden />} role="alert">
      <Text size="sm">{refusal.message}</Text>
      {refusal.problems.length > 0 ? (
        <List size="sm" mt="sm" spacing={4} aria-label="Problems in the file" styles={{ itemWrapper: { minWidth: 0 } }}>
          {refusal.problems.map((problem) => (
            <List.Item key={`${problem.line}-${problem.field}-${problem.message}`} style={{ overflowWrap: "anywhere" }}>
              <Text span fw={600}>
                line {problem.line}
              </Text>{" "}
              ·{" "}
              <Text span ff="monospace" fz="sm">
                {problem.field}
              </Text>{" "}
              · {problem.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {more > 0 ? (
        <Text size="sm" mt="xs" fw={500}>
          and {formatCount(more)} more
        </Text>
      ) : null}
    </Alert>
  );
}
