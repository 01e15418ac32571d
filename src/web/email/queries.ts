import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type {
  EmailListResponse,
  EmailMessageResponse,
  EmailStatusValue,
  EmailSummaryResponse,
} from "../../features/email/schemas";
import { api } from "../api/client";

export type EmailStatus = EmailStatusValue;
export type EmailSummary = EmailSummaryResponse;
export type EmailMessage = EmailMessageResponse;
const PAGE = 50;

/** The organisation's email, the newest first, a page at a time (each page starts before the last shown). */
export function useEmailOutbox(status: EmailStatus | null) {
  return useInfiniteQuery({
    queryKey: ["email", "list", status ?? "all"],
    initialPageParam: null as { before: string; beforeId: string } | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE) });
      if (status) query.set("status", status);
      if (pageParam) {
        query.set("before", pageParam.before);
        query.set("beforeId", pageParam.beforeId);
      }
      return api.get<EmailListResponse>(`/api/email?${query}`);
    },
    getNextPageParam: (last) => {
      const oldest = last.messages.at(-1);
      return last.messages.length < PAGE || !oldest ? undefined : { before: oldest.createdAt, beforeId: oldest.id };
    },
  });
}

/** One message with its text, once one is chosen. */
export function useEmailMessage(id: string | null) {
  return useQuery({
    queryKey: ["email", "message", id],
    queryFn: () => api.get<EmailMessage>(`/api/email/${id}`),
    enabled: id !== null,
  });
}
