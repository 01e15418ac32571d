// Who is signed in, and whether this instance still needs setting up. A 401 from /api/me is an answer
// (nobody is signed in), not an error; a 401 from any other request means the session has ended.
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, isApiError } from "../api/client";
import type { Me, SetupStatus } from "../api/types";

export const meKey = ["me"] as const;
export const setupKey = ["setup"] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>("/api/me");
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function useSetupStatus() {
  return useQuery({ queryKey: setupKey, queryFn: () => api.get<SetupStatus>("/api/setup"), staleTime: 60_000 });
}

/** Forgets everything cached for the previous person, so nothing of theirs shows to the next one. */
function forgetPersonalData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
}

/** Records a fresh session (after sign-in, sign-up or accepting an invitation). */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    forgetPersonalData(queryClient);
    queryClient.setQueryData(meKey, me);
  };
}

/** Called when any request other than /api/me answers 401: the session expired or was ended. */
export function sessionEnded(queryClient: QueryClient): boolean {
  if (!queryClient.getQueryData(meKey)) return false;
  queryClient.setQueryData(meKey, null);
  forgetPersonalData(queryClient);
  return true;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete("/api/session"),
    onSuccess: () => {
      queryClient.setQueryData(meKey, null);
      forgetPersonalData(queryClient);
    },
  });
}
