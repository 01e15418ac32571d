import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEntryResponse } from "../../features/feedback/schemas";
import { api } from "../api/client";

export type AuditEntry = AuditEntryResponse;
const PAGE = 50;

/** The audit log, the newest first, a page at a time (each page starts before the last entry shown). */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ["audit-log"],
    initialPageParam: "",
    queryFn: ({ pageParam }) =>
      api.get<{ entries: AuditEntry[] }>(
        `/api/audit-log?limit=${PAGE}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    getNextPageParam: (last) => (last.entries.length < PAGE ? undefined : last.entries.at(-1)?.at),
  });
}
