import { Alert, type AlertProps, Button } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { errorMessage } from "../api/client";

interface ErrorAlertProps extends Omit<AlertProps, "children" | "title"> {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** Shows the API's own message for an error, with a retry button when the action can be retried. */
export function ErrorAlert({ error, title = "Something went wrong", onRetry, ...props }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />} role="alert" {...props}>
      {typeof error === "string" ? error : errorMessage(error)}
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry} display="block">
          Try again
        </Button>
      )}
    </Alert>
  );
}
