// The journey's progress, always in view above the step: four numbered steps, done ones ticked, the
// current one marked for screen readers too (aria-current), and the ones not open yet plainly not links.
import { Box, Text, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import classes from "./candidate.module.css";
import { canOpen, isDone, type Overview, type StepPath, steps, stepUrl } from "./steps";

export function StepNav({ overview, current }: { overview: Overview; current: StepPath }) {
  return (
    <Box component="nav" aria-label="Your progress" className={classes.noPrint} mb="lg">
      <Box
        component="ol"
        style={{ display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: 4, margin: 0, padding: 0 }}
      >
        {steps.map((step, index) => {
          const here = step.path === current;
          const open = canOpen(step.path, overview);
          const done = isDone(step.path, overview);
          const status = here ? "current step" : done ? "done" : open ? "" : "not open yet";
          const content = (
            <>
              <Dot number={index + 1} here={here} done={done} open={open} />
              <Text size="xs" fw={here ? 700 : 500} c={open ? "dark.7" : "gray.7"} ta="center" lh={1.25}>
                {step.label}
                {status ? <VisuallyHidden> ({status})</VisuallyHidden> : null}
              </Text>
            </>
          );
          const itemStyle = { display: "flex", flexDirection: "column", alignItems: "center", gap: 4 } as const;
          return (
            <Box component="li" key={step.path} style={{ listStyle: "none" }}>
              {open ? (
                <Box
                  component={Link}
                  to={stepUrl(step.path)}
                  aria-current={here ? "step" : undefined}
                  style={{ ...itemStyle, textDecoration: "none", borderRadius: 8, padding: 4 }}
                >
                  {content}
                </Box>
              ) : (
                <Box style={{ ...itemStyle, padding: 4 }}>{content}</Box>
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

function Dot({ number, here, done, open }: { number: number; here: boolean; done: boolean; open: boolean }) {
  const filled = here || done;
  const color = here ? "var(--mantine-color-indigo-8)" : done ? "var(--mantine-color-teal-7)" : undefined;
  return (
    <Box
      aria-hidden
      style={{
        width: 28,
        height: 28,
        borderRadius: "50%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        fontSize: 13,
        fontWeight: 700,
        color: filled
          ? "var(--mantine-color-white)"
          : open
            ? "var(--mantine-color-indigo-7)"
            : "var(--mantine-color-gray-7)",
        background: filled ? color : "var(--mantine-color-white)",
        border: filled ? "none" : `2px solid ${open ? "var(--mantine-color-indigo-4)" : "var(--mantine-color-gray-4)"}`,
      }}
    >
      {done && !here ? <IconCheck size={16} stroke={3} /> : number}
    </Box>
  );
}
