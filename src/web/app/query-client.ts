import { notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError, isApiError } from "../api/client";
import { meKey, sessionEnded } from "../auth/session";

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 401) && sessionEnded(queryClient)) {
      notifications.show({
        id: "session-ended",
        color: "yellow",
        title: "You have been signed out",
        message: "Your session has ended. Sign in again to continue.",
      });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => query.queryKey[0] !== meKey[0] && onError(error) }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A 4xx will answer the same way again; only network and server errors are worth retrying.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}
