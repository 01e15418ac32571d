import { ActionIcon, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmModal } from "../shared/ConfirmModal";
import { useDeleteChild } from "./queries";

interface DeleteChildButtonProps {
  candidateId: string;
  child: "outcomes" | "offers";
  id: string;
  /** "the outcome of 3 May 2025": for the button's label and the question. */
  what: string;
}

/** Deletes an outcome or an offer, after asking. */
export function DeleteChildButton({ candidateId, child, id, what }: DeleteChildButtonProps) {
  const remove = useDeleteChild(candidateId, child);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Tooltip label="Delete" withArrow>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Delete ${what}`}
          onClick={() => {
            remove.reset();
            setAsking(true);
          }}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <ConfirmModal
        opened={asking}
        title={`Delete ${what}?`}
        confirmLabel="Delete"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () => {
              setAsking(false);
              notifications.show({ color: "teal", message: `Deleted ${what}.` });
            },
          })
        }
        onClose={() => setAsking(false)}
      >
        It will no longer count in the analytics. You can record it again later.
      </ConfirmModal>
    </>
  );
}
