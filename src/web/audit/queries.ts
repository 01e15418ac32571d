import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEntryResponse } from "../../features/feedback/schemas";
import { api } from "../api/client";

export type AuditEntry = AuditEntryResponse;
const PAGE = 50;

/** The audit log, the newest first, a page at a time (each page starts before the last entry shown). */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ["audit-log"],
    initialPageParam: null as { before: string; beforeId: string } | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE) });
      if (pageParam) {
        query.set("before", pageParam.before);
        query.set("beforeId", pageParam.beforeId);
      }
      return api.get<{ entries: AuditEntry[] }>(`/api/audit-log?${query}`);
    },
    getNextPageParam: (last) => {
      const oldest = last.entries.at(-1);
      return last.entries.length < PAGE || !oldest ? undefined : { before: oldest.at, beforeId: oldest.id };
    },
  });
}
