// The assessment being edited on the page: its state, whether it differs from what is saved, and saving it,
// with the API's refusals turned into messages for the fields they are about.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ChecklistItem } from "../../domain/feedback/assessment";
import { ApiError, errorMessage } from "../api/client";
import type { Assessment } from "../api/types";
import {
  type AssessmentForm,
  type ChecklistEntry,
  type FieldMessage,
  formFieldErrors,
  formFromAssessment,
  missingChoices,
  requestFromForm,
} from "./assessmentForm";
import { useSaveAssessment } from "./queries";

export function useAssessmentForm(
  interviewId: string,
  saved: Assessment | null,
  items: readonly ChecklistItem[],
  dimensionIds: readonly string[],
) {
  const [form, setForm] = useState(() => formFromAssessment(saved, items, dimensionIds));
  // What the form is compared with: the saved assessment, or the empty form while there is none.
  const [baseline] = useState(() => JSON.stringify(form));
  const [savedJson, setSavedJson] = useState(() => (saved ? baseline : null));
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useSaveAssessment(interviewId);
  const dirty = useMemo(() => JSON.stringify(form) !== (savedJson ?? baseline), [form, savedJson, baseline]);

  // Leaving the page with unsaved answers asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const setEntry = useCallback(
    (itemId: string, entry: ChecklistEntry) =>
      setForm((current) => ({ ...current, checklist: { ...current.checklist, [itemId]: entry } })),
    [],
  );
  const update = useCallback((patch: Partial<AssessmentForm>) => setForm((current) => ({ ...current, ...patch })), []);

  const save = () => {
    const missing = missingChoices(form);
    setFailure(null);
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    const { body, itemOrder } = requestFromForm(form, items);
    const sent = JSON.stringify(form);
    mutation.mutate(body, {
      onSuccess: () => {
        setSavedJson(sent);
        setErrors([]);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          setErrors(formFieldErrors(error.fields, itemOrder));
        } else {
          setErrors([]);
          setFailure(errorMessage(error));
        }
      },
    });
  };

  return {
    form,
    setEntry,
    update,
    dirty,
    save,
    saving: mutation.isPending,
    errors,
    failure,
    /** Whether an assessment is saved at all: feedback is released only after one is. */
    hasSaved: savedJson !== null,
  };
}
