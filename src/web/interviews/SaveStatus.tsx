import { Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconCloudCheck, IconCloudUpload, IconWifiOff } from "@tabler/icons-react";
import { memo, useEffect, useState } from "react";
import { plural } from "../shared/format";
import type { OutboxState } from "./outbox";
import { useOutbox } from "./queries";

function waiting(outbox: OutboxState): string {
  const pending = outbox.items.filter((item) => !item.failed);
  const snapshots = pending.filter((item) => item.type === "snapshot").length;
  const notes = pending.length - snapshots;
  const parts = [notes ? plural(notes, "note") : "", snapshots ? plural(snapshots, "code snapshot") : ""].filter(
    Boolean,
  );
  const they = pending.length === 1 ? "it is" : "they are";
  return `${parts.join(" and ")} waiting to save — ${they} kept on this device`;
}

/**
 * Says plainly whether everything is saved; always on screen in the cockpit. It reads the outbox itself and
 * is never deferred: it renders with the key press that adds a note, so it cannot say "All saved" while one
 * is still on its way.
 */
export const SaveStatus = memo(function SaveStatus() {
  const outbox = useOutbox();
  const [, tick] = useState(0);
  useEffect(() => {
    if (!outbox.retryAt) return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [outbox.retryAt]);

  const pending = outbox.items.filter((item) => !item.failed).length;
  const failed = outbox.items.filter((item) => item.failed).length;
  let icon = <IconCloudCheck size={18} aria-hidden />;
  let color = "teal.8";
  let text = "All saved";
  let detail: string | null = null;
  if (!outbox.online) {
    icon = <IconWifiOff size={18} aria-hidden />;
    color = "orange.8";
    text = "Offline";
    detail = pending ? waiting(outbox) : "New notes are kept on this device until you are back online";
  } else if (pending) {
    icon = <IconCloudUpload size={18} aria-hidden />;
    color = outbox.retryError ? "orange.8" : "gray.7";
    text = waiting(outbox);
    if (outbox.retryError) {
      const seconds = outbox.retryAt ? Math.max(0, Math.ceil((outbox.retryAt - Date.now()) / 1000)) : 0;
      detail = `${outbox.retryError} Trying again${seconds ? ` in ${seconds} s` : " now"}.`;
    }
  }
  if (outbox.storageError)
    detail = `${detail ? `${detail} ` : ""}This browser would not store them: ${outbox.storageError}`;

  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="save-status" align="flex-start">
      <Text span c={color} lh={1} mt={1}>
        {icon}
      </Text>
      <div>
        <Text size="sm" fw={600} c={color}>
          {text}
          {!outbox.online && pending ? ` — ${waiting(outbox)}` : ""}
        </Text>
        {detail && outbox.online ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
        {!outbox.online && !pending ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
        {failed ? (
          <Group gap={4} wrap="nowrap">
            <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" aria-hidden />
            <Text size="xs" c="red.7" fw={600}>
              {plural(failed, "change")} could not be saved: see below
            </Text>
          </Group>
        ) : null}
      </div>
    </Group>
  );
});
