// What a candidate sees once their visit is over: the cookie expired or was ended elsewhere (a 401), or
// they pressed "End this visit" here. Either way the way back is the link in their email.
import { Center, Stack, Text, Title } from "@mantine/core";
import { isApiError } from "../api/client";
import { ErrorAlert } from "../shared/ErrorAlert";
import { Logo } from "../shared/Logo";
import classes from "./candidate.module.css";

function Ended({ byYou }: { byYou: boolean }) {
  return (
    <Stack maw="32rem" gap="sm" data-testid="visit-ended">
      <Title order={1} size="h2">
        {byYou ? "You have ended this visit" : "This visit has ended — open the link from your email again"}
      </Title>
      <Text>
        {byYou
          ? "Nothing of it is left on this page. To read your feedback again, open the link from your email."
          : "For your privacy, a visit ends after a while, or when it is ended on this device. Your answers are kept: the link from your email brings you back to where you were."}
      </Text>
      {byYou ? (
        <Text c="dimmed" size="sm">
          On a shared computer, close this tab as well.
        </Text>
      ) : null}
    </Stack>
  );
}

/** The whole page, when there is no visit to show anything of. */
export function VisitEnded({ byYou = false }: { byYou?: boolean }) {
  return (
    <Center mih="100dvh" p="md" component="main" className={classes.page}>
      <Stack gap="lg">
        <Logo size="md" />
        <Ended byYou={byYou} />
      </Stack>
    </Center>
  );
}

/** A failed request of one step: the visit's end for a 401 (in place of the step), the server's message otherwise. */
export function RequestError({ error, title, onRetry }: { error: unknown; title: string; onRetry: () => void }) {
  if (isApiError(error, 401)) return <Ended byYou={false} />;
  return <ErrorAlert error={error} title={title} onRetry={onRetry} />;
}
