// Two marks on the 1–4 scale, one row each: the candidate's and the interviewer's, so the gap between the
// two views is seen before it is read. The words are in the label; the drawing is for the eye.
import { Box, Group, Text } from "@mantine/core";
import { scaleWords, scoreLabel } from "./scale";

export interface Mark {
  who: string;
  /** Null: the interviewer's score is not shared, or the candidate did not answer. */
  value: number | null;
  missing: string;
  color: string;
  shape: "circle" | "square";
}

export function ScaleMarks({ marks }: { marks: Mark[] }) {
  const description = marks
    .map((mark) => `${mark.who}: ${mark.value === null ? mark.missing : scoreLabel(mark.value)}`)
    .join("; ");
  return (
    <Box role="img" aria-label={description} data-testid="scale-marks">
      {marks.map((mark) => (
        <Group key={mark.who} gap="sm" wrap="nowrap" mb={4}>
          <Text size="sm" w="6.5rem" style={{ flexShrink: 0 }}>
            {mark.who}
          </Text>
          <Track mark={mark} />
        </Group>
      ))}
      <Group gap="sm" wrap="nowrap" aria-hidden>
        <Box w="6.5rem" style={{ flexShrink: 0 }} />
        <Box style={{ flex: 1, display: "grid", gridTemplateColumns: "repeat(4, 1fr)" }}>
          {scaleWords.map((word, index) => (
            <Text key={word} size="xs" c="gray.7" ta="center" lh={1.2}>
              {index + 1}
            </Text>
          ))}
        </Box>
      </Group>
    </Box>
  );
}

function Track({ mark }: { mark: Mark }) {
  if (mark.value === null) {
    return (
      <Text size="sm" c="gray.7" fs="italic" style={{ flex: 1 }}>
        {mark.missing}
      </Text>
    );
  }
  return (
    <Box
      style={{
        flex: 1,
        position: "relative",
        display: "grid",
        gridTemplateColumns: "repeat(4, 1fr)",
        alignItems: "center",
        height: 22,
      }}
    >
      {/* The scale's line, from the middle of 1 to the middle of 4. */}
      <Box
        style={{
          position: "absolute",
          left: "12.5%",
          right: "12.5%",
          top: "50%",
          height: 2,
          background: "var(--mantine-color-gray-3)",
        }}
      />
      {[1, 2, 3, 4].map((step) => (
        <Box key={step} style={{ display: "flex", justifyContent: "center", position: "relative" }}>
          <Box
            style={{
              width: step === mark.value ? 16 : 6,
              height: step === mark.value ? 16 : 6,
              borderRadius: mark.shape === "circle" || step !== mark.value ? "50%" : 3,
              background: step === mark.value ? mark.color : "var(--mantine-color-gray-4)",
            }}
          />
        </Box>
      ))}
    </Box>
  );
}
