// Step 4: one question about the interview itself, and room for a comment. It can be changed later; the
// thank-you page follows it.
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, errorMessage } from "../api/client";
import { ErrorAlert } from "../shared/ErrorAlert";
import { ChoiceGroup } from "./ChoiceGroup";
import classes from "./candidate.module.css";
import { useSaveRating } from "./queries";
import { StepTitle } from "./StepParts";
import { returnWords } from "./scale";
import { type Overview, stepUrl } from "./steps";

const returnChoices = returnWords.map((word, index) => ({
  value: String(index + 1),
  label: (
    <>
      <strong>{index + 1}</strong> {word.toLowerCase()}
    </>
  ),
}));

export function RatingStep({ overview }: { overview: Overview }) {
  const save = useSaveRating();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      wouldReturn: overview.rating ? String(overview.rating.wouldReturn) : "",
      comment: overview.rating?.comment ?? "",
    },
    validate: { wouldReturn: (value) => (value ? null : "Choose an answer from 1 to 4") },
  });
  const interviewer = overview.interview.interviewerName;

  const onSubmit = form.onSubmit((values) => {
    setFormError(null);
    const comment = values.comment.trim();
    save.mutate(
      { wouldReturn: Number(values.wouldReturn), ...(comment ? { comment } : {}) },
      {
        onSuccess: () => navigate(stepUrl("thanks")),
        onError: (error) => {
          let unplaced = !(error instanceof ApiError) || error.fields.length === 0;
          for (const { field, message } of error instanceof ApiError ? error.fields : []) {
            const path = field.replace(/^body\./, "");
            if (path === "wouldReturn" || path === "comment") form.setFieldError(path, message);
            else unplaced = true;
          }
          setFormError(unplaced ? errorMessage(error) : null);
        },
      },
    );
  });

  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="lg">
        <StepTitle
          title="One last question"
          intro={`How the interview felt matters as much as how it went. ${overview.organization.name} reads every answer.`}
        />
        {formError ? <ErrorAlert error={formError} title="Your rating was not sent" /> : null}
        <ChoiceGroup
          label={`Would you interview with ${interviewer} again?`}
          description="1 = no, 4 = gladly"
          choices={returnChoices}
          {...form.getInputProps("wouldReturn")}
        />
        <Textarea
          label="Anything you would like to tell us about the interview? (optional)"
          autosize
          minRows={3}
          maxLength={2000}
          styles={{ label: { fontWeight: 600 } }}
          {...form.getInputProps("comment")}
        />
        <Group className={classes.noPrint}>
          <Button type="submit" size="md" loading={save.isPending}>
            {overview.rating ? "Update my rating" : "Send my rating"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
