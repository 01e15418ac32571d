import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { api } from "../api/client";
import type { CodeSnapshot, Interview, InterviewEvent, InterviewStage, Interviews } from "../api/types";
import { candidatesKey } from "../candidates/queries";
import { getOutboxState, type OutboxItem, onSent, subscribe } from "./outbox";

export const interviewsKey = ["interviews"] as const;
export const eventsKey = (id: string) => [...interviewsKey, id, "events"] as const;
export const snapshotsKey = (id: string) => [...interviewsKey, id, "snapshots"] as const;

export interface InterviewFilters {
  mine?: boolean;
  candidateId?: string;
  status?: Interview["status"];
}

export function useInterviews(filters: InterviewFilters) {
  const params = new URLSearchParams();
  if (filters.mine !== undefined) params.set("mine", String(filters.mine));
  if (filters.candidateId) params.set("candidateId", filters.candidateId);
  if (filters.status) params.set("status", filters.status);
  return useQuery({
    queryKey: [...interviewsKey, "list", filters],
    queryFn: () => api.get<Interviews>(`/api/interviews?${params}`),
  });
}

export function useInterview(id: string) {
  return useQuery({
    queryKey: [...interviewsKey, id],
    queryFn: () => api.get<Interview>(`/api/interviews/${id}`),
  });
}

export interface ScheduleBody {
  candidateId: string;
  questionId?: string;
  interviewerId?: string;
  stage?: InterviewStage;
  scheduledAt?: string;
  durationMinutes?: number;
}

export function useScheduleInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleBody) => api.post<Interview>("/api/interviews", body),
    onSuccess: (interview) => {
      queryClient.setQueryData([...interviewsKey, interview.id], interview);
      queryClient.invalidateQueries({ queryKey: [...interviewsKey, "list"] });
      queryClient.invalidateQueries({ queryKey: candidatesKey });
    },
  });
}

export function useInterviewAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: "start" | "finish") => api.post<Interview>(`/api/interviews/${id}/${action}`),
    onSuccess: (interview) => {
      queryClient.setQueryData([...interviewsKey, id], interview);
      queryClient.invalidateQueries({ queryKey: [...interviewsKey, "list"] });
    },
  });
}

export const serverEventsQuery = (id: string) =>
  queryOptions({
    queryKey: eventsKey(id),
    queryFn: () => api.get<{ events: InterviewEvent[] }>(`/api/interviews/${id}/events?deleted=true`),
    staleTime: 60_000,
  });

export const serverSnapshotsQuery = (id: string) =>
  queryOptions({
    queryKey: snapshotsKey(id),
    queryFn: () => api.get<{ snapshots: CodeSnapshot[] }>(`/api/interviews/${id}/snapshots`),
    staleTime: 60_000,
  });

export function useServerEvents(id: string) {
  return useQuery(serverEventsQuery(id));
}

export function useOutbox() {
  return useSyncExternalStore(subscribe, getOutboxState);
}

/** Keeps the cached lists in step with what the outbox has delivered, without a refetch per note. */
export function useOutboxDelivery(queryClient: QueryClient) {
  useEffect(
    () =>
      onSent((item, result) => {
        if (item.type === "snapshot") {
          queryClient.setQueryData<{ snapshots: CodeSnapshot[] }>(snapshotsKey(item.interviewId), (old) =>
            old ? { snapshots: upsert(old.snapshots, result as CodeSnapshot) } : old,
          );
        } else {
          queryClient.setQueryData<{ events: InterviewEvent[] }>(eventsKey(item.interviewId), (old) =>
            old ? { events: upsert(old.events, result as InterviewEvent) } : old,
          );
        }
      }),
    [queryClient],
  );
}

function upsert<T extends { id: string }>(list: T[], next: T): T[] {
  const index = list.findIndex((entry) => entry.id === next.id);
  if (index === -1) return [...list, next];
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

/** An event as the cockpit shows it: the server's copy with what is still in the outbox laid over it. */
export interface ShownEvent {
  id: string;
  at: number;
  seq: number;
  kind: InterviewEvent["kind"];
  text: string | null;
  topic: string | null;
  layer: number | null;
  deleted: boolean;
  /** Not yet acknowledged by the server (it is kept on this device). */
  pending: boolean;
  failed: { status: number; message: string; order: number } | null;
}

export interface ShownSnapshot extends CodeSnapshot {
  pending: boolean;
  failed: { status: number; message: string; order: number } | null;
}

export function byTime(a: { at: number; seq: number }, b: { at: number; seq: number }) {
  return a.at - b.at || a.seq - b.seq;
}

/** The server's events merged with the outbox's, de-duplicated by id, in order of time. */
export function mergeEvents(server: InterviewEvent[] | undefined, items: readonly OutboxItem[], interviewId: string) {
  const shown = new Map<string, ShownEvent>();
  for (const event of server ?? []) {
    shown.set(event.id, { ...event, pending: false, failed: null });
  }
  for (const item of items) {
    if (item.interviewId !== interviewId) continue;
    const failed = item.failed ? { ...item.failed, order: item.order } : null;
    if (item.type === "event") {
      const existing = shown.get(item.body.clientId);
      if (existing) {
        shown.set(existing.id, { ...existing, pending: !failed, failed: failed ?? existing.failed });
      } else {
        const { clientId, ...body } = item.body;
        shown.set(clientId, {
          id: clientId,
          at: body.at,
          seq: body.seq ?? 0,
          kind: body.kind,
          text: body.text ?? null,
          topic: body.topic ?? null,
          layer: body.layer ?? null,
          deleted: false,
          pending: !failed,
          failed,
        });
      }
    } else if (item.type === "change") {
      const existing = shown.get(item.eventId);
      if (!existing) continue;
      const next = { ...existing, pending: existing.pending || !failed, failed: failed ?? existing.failed };
      if (failed) {
        shown.set(existing.id, next);
        continue;
      }
      for (const [key, value] of Object.entries(item.body)) {
        if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
      }
      shown.set(existing.id, next);
    }
  }
  return [...shown.values()].sort(byTime);
}

export function mergeSnapshots(server: CodeSnapshot[] | undefined, items: readonly OutboxItem[], interviewId: string) {
  const shown = new Map<string, ShownSnapshot>();
  for (const snapshot of server ?? []) shown.set(snapshot.id, { ...snapshot, pending: false, failed: null });
  for (const item of items) {
    if (item.interviewId !== interviewId || item.type !== "snapshot" || shown.has(item.body.clientId)) continue;
    const { clientId, ...body } = item.body;
    shown.set(clientId, {
      ...body,
      id: clientId,
      interviewId,
      createdAt: new Date(item.order / 1000).toISOString(),
      pending: !item.failed,
      failed: item.failed ? { ...item.failed, order: item.order } : null,
    });
  }
  return [...shown.values()].sort((a, b) => a.at - b.at || a.createdAt.localeCompare(b.createdAt));
}
