// Puts an API error where the person will look for it: each `fields[].field` (such as `body.email`) next to
// the matching input, and anything that does not belong to an input into the form's alert.
import { ApiError, errorMessage } from "../api/client";

interface FieldErrorSink {
  setFieldError: (path: string, error: string) => void;
  getValues: () => object;
}

/** Sets the field errors the form can show and returns the message for the form's alert, or null. */
export function showServerErrors(form: FieldErrorSink, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.fields.length === 0) return errorMessage(error);
  const known = new Set(Object.keys(form.getValues()));
  let unplaced = false;
  for (const { field, message } of error.fields) {
    const name = field.replace(/^body\./, "");
    if (known.has(name)) form.setFieldError(name, capitalise(message));
    else unplaced = true;
  }
  return unplaced ? error.message : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
