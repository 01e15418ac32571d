// Data and privacy (admins): how long candidates are kept before Debrief erases them, and the legal hold
// that stops every erasure while it lasts.
import { Alert, Button, Card, Group, NumberInput, Skeleton, Stack, Switch, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconGavel } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { MAX_RETENTION_MONTHS } from "../../domain/candidate/data-policy";
import { ApiError, errorMessage } from "../api/client";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDate } from "../shared/format";
import { PageHeader } from "../shared/PageHeader";
import { type DataPolicy, useDataPolicy, useLiftLegalHold, usePlaceLegalHold, useSetRetention } from "./queries";

export function DataPolicyPage() {
  const policy = useDataPolicy();
  return (
    <>
      <PageHeader
        title="Data and privacy"
        description="How long Debrief keeps candidates' personal data, and the legal hold that keeps everything."
      />
      {policy.isPending ? (
        <Stack gap="md" aria-label="Loading the data policy">
          <Skeleton h={180} />
          <Skeleton h={160} />
        </Stack>
      ) : policy.isError ? (
        <ErrorAlert error={policy.error} title="Could not load the data policy" onRetry={() => policy.refetch()} />
      ) : (
        <Stack gap="lg" maw={720}>
          <LegalHoldCard policy={policy.data} />
          <RetentionCard policy={policy.data} />
        </Stack>
      )}
    </>
  );
}

function fieldError(cause: unknown): string {
  return cause instanceof ApiError && cause.fields.length
    ? cause.fields.map((f) => f.message).join("; ")
    : errorMessage(cause);
}

function RetentionCard({ policy }: { policy: DataPolicy }) {
  const save = useSetRetention();
  const [keeps, setKeeps] = useState(policy.retentionMonths !== null);
  const [months, setMonths] = useState<number | string>(policy.retentionMonths ?? 24);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setKeeps(policy.retentionMonths !== null);
    setMonths(policy.retentionMonths ?? 24);
  }, [policy.retentionMonths]);

  const submit = () => {
    const value = keeps ? Number(months) : null;
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > MAX_RETENTION_MONTHS)) {
      setError(`Enter a whole number of months from 1 to ${MAX_RETENTION_MONTHS}.`);
      return;
    }
    setError(null);
    save.mutate(value, {
      onSuccess: () => notifications.show({ color: "teal", message: "The retention period is saved." }),
      onError: (cause) => setError(fieldError(cause)),
    });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="retention-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="retention-heading">
            Retention
          </Title>
          <Text size="sm" c="dimmed">
            Once a day, Debrief erases every candidate whose last interview, outcome or offer is older than this. Their
            name, address, notes, code and feedback text go; their scores, decisions and ratings stay, anonymous, so
            your analytics still add up.
          </Text>
          <Switch
            label="Erase candidates after a period"
            checked={keeps}
            onChange={(event) => setKeeps(event.currentTarget.checked)}
          />
          {keeps ? (
            <NumberInput
              label="Months after their last activity"
              min={1}
              max={MAX_RETENTION_MONTHS}
              allowDecimal={false}
              // Say what is wrong rather than quietly changing what was typed.
              clampBehavior="none"
              value={months}
              onChange={setMonths}
              error={error}
              maw={260}
            />
          ) : (
            <Text size="sm">Candidates are kept until someone erases them.</Text>
          )}
          {!keeps && error ? <Text c="red">{error}</Text> : null}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save retention
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function LegalHoldCard({ policy }: { policy: DataPolicy }) {
  const place = usePlaceLegalHold();
  const lift = useLiftLegalHold();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [confirmingLift, setConfirmingLift] = useState(false);
  const hold = policy.legalHold;

  const submit = () => {
    if (reason.trim().length < 3) {
      setError("Say why the hold is placed (at least 3 characters): everyone it stops will read it.");
      return;
    }
    setError(null);
    place.mutate(reason.trim(), {
      onSuccess: () => {
        setReason("");
        notifications.show({ color: "orange", message: "The legal hold is in place: nothing will be erased." });
      },
      onError: (cause) => setError(fieldError(cause)),
    });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="hold-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="hold-heading">
          Legal hold
        </Title>
        {hold ? (
          <>
            <Alert color="orange" icon={<IconGavel size={18} aria-hidden />} title="A legal hold is in place">
              Since {formatDate(hold.since)}
              {hold.placedBy.name ? `, placed by ${hold.placedBy.name}` : ""}: {hold.reason}. No candidate is erased, by
              request or by retention, until it is lifted. Each refused erasure is in the audit log.
            </Alert>
            <Group>
              <Button variant="default" onClick={() => setConfirmingLift(true)}>
                Lift the hold
              </Button>
            </Group>
            <ConfirmModal
              opened={confirmingLift}
              title="Lift the legal hold?"
              confirmLabel="Lift the hold"
              color="orange"
              loading={lift.isPending}
              error={lift.error}
              onClose={() => setConfirmingLift(false)}
              onConfirm={() =>
                lift.mutate(undefined, {
                  onSuccess: () => {
                    setConfirmingLift(false);
                    notifications.show({ color: "teal", message: "The legal hold is lifted." });
                  },
                })
              }
            >
              Erasure requests can then be carried out again, and the next daily run erases every candidate past the
              retention period.
            </ConfirmModal>
          </>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                While a dispute, an audit or a regulator's request is open, a hold keeps every candidate's data: no
                erasure request is carried out and the retention job erases nobody.
              </Text>
              <Textarea
                label="Why the hold is placed"
                description="Shown to anyone whose erasure it stops, and kept in the audit log."
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={error}
              />
              <Group>
                <Button type="submit" color="orange" loading={place.isPending}>
                  Place a legal hold
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
