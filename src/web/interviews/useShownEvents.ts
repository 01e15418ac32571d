// The interview's events and code snapshots as the cockpit shows them: the server's, with what is still in
// the outbox laid over them. The parts that draw them subscribe on their own, so a key press renders the
// timeline and not the page around it; and they render only when what is shown changes:
// - one merge per change, shared by every part (and the key handler), cached per interview;
// - an event that did not change keeps its object from one merge to the next, and a list in which nothing
//   changed is the same array, so memoised markers and rows skip it, and a note sent (the outbox counting an
//   attempt) or the query refetching the same list renders nothing.
import { hashKey, type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import type { CodeSnapshot, InterviewEvent } from "../api/types";
import { keepUnchanged } from "./keepUnchanged";
import { getOutboxState, type OutboxItem, subscribe } from "./outbox";
import {
  eventsKey,
  mergeEvents,
  mergeSnapshots,
  type ShownEvent,
  type ShownSnapshot,
  serverEventsQuery,
  serverSnapshotsQuery,
  snapshotsKey,
} from "./queries";

interface Merged<T> {
  server: unknown;
  items: readonly OutboxItem[];
  shown: T[];
}

const shownEvents = new Map<string, Merged<ShownEvent>>();
const shownSnapshots = new Map<string, Merged<ShownSnapshot>>();

/** The events at this moment, the key pressed just before included (for the key handler, outside React). */
export function shownEventsNow(queryClient: QueryClient, interviewId: string): ShownEvent[] {
  const server = queryClient.getQueryData<{ events: InterviewEvent[] }>(eventsKey(interviewId))?.events;
  return cachedMerge(shownEvents, interviewId, server, () => mergeEvents(server, getOutboxState().items, interviewId));
}

function shownSnapshotsNow(queryClient: QueryClient, interviewId: string): ShownSnapshot[] {
  const server = queryClient.getQueryData<{ snapshots: CodeSnapshot[] }>(snapshotsKey(interviewId))?.snapshots;
  return cachedMerge(shownSnapshots, interviewId, server, () =>
    mergeSnapshots(server, getOutboxState().items, interviewId),
  );
}

function cachedMerge<T extends { id: string }>(
  cache: Map<string, Merged<T>>,
  interviewId: string,
  server: unknown,
  merge: () => T[],
): T[] {
  const items = getOutboxState().items;
  const last = cache.get(interviewId);
  if (last && last.server === server && last.items === items) return last.shown;
  const shown = keepUnchanged(last?.shown ?? [], merge());
  cache.set(interviewId, { server, items, shown });
  return shown;
}

/** Calls back on a change to the outbox or to one query (the server's list); returns the unsubscribe. */
function useOutboxAndQuery(queryKey: readonly unknown[]) {
  const queryClient = useQueryClient();
  const hash = hashKey(queryKey);
  return useCallback(
    (onChange: () => void) => {
      const fromOutbox = subscribe(onChange);
      const fromQuery = queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === hash) onChange();
      });
      return () => {
        fromOutbox();
        fromQuery();
      };
    },
    [queryClient, hash],
  );
}

export function useShownEvents(interviewId: string): ShownEvent[] {
  const queryClient = useQueryClient();
  // Keeps the server's list fetched, and renders nothing by itself: the list is read from the cache below.
  useQuery({ ...serverEventsQuery(interviewId), notifyOnChangeProps: [] });
  const onChange = useOutboxAndQuery(eventsKey(interviewId));
  return useSyncExternalStore(onChange, () => shownEventsNow(queryClient, interviewId));
}

export function useShownSnapshots(interviewId: string): ShownSnapshot[] {
  const queryClient = useQueryClient();
  useQuery({ ...serverSnapshotsQuery(interviewId), notifyOnChangeProps: [] });
  const onChange = useOutboxAndQuery(snapshotsKey(interviewId));
  return useSyncExternalStore(onChange, () => shownSnapshotsNow(queryClient, interviewId));
}
