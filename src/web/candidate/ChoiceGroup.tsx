// One question answered by choosing: a radio group with a visible label, its options as cards. Native
// radios underneath, so Tab reaches the group once, the arrows choose within it, and a screen reader hears
// the question, each option's words and the error under it.
import { Radio, SimpleGrid } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./candidate.module.css";
import { scaleWords } from "./scale";

export interface Choice {
  value: string;
  label: ReactNode;
}

interface ChoiceGroupProps {
  label: ReactNode;
  description?: ReactNode;
  choices: Choice[];
  /** Optional so that a form's getInputProps spreads in as it is; no value is no choice yet. */
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  /** On a phone the options wrap two to a row; from a small tablet up they sit in one row. */
  wide?: boolean;
}

export function ChoiceGroup({ label, description, choices, value, onChange, error, wide = true }: ChoiceGroupProps) {
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value ?? ""}
      onChange={onChange}
      error={error}
      data-invalid={error ? true : undefined}
      styles={{ label: { fontWeight: 600 } }}
    >
      <SimpleGrid cols={{ base: 2, xs: wide ? choices.length : 2 }} spacing="xs" mt={6}>
        {choices.map((choice) => (
          <Radio
            key={choice.value}
            value={choice.value}
            label={choice.label}
            classNames={{ root: classes.choice, body: classes.choiceBody, label: classes.choiceLabel }}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** 1 to 4, each with its word: "3 at the bar". */
export const scaleChoices: Choice[] = scaleWords.map((word, index) => ({
  value: String(index + 1),
  label: (
    <>
      <strong>{index + 1}</strong> {word}
    </>
  ),
}));
