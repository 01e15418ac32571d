import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { Invitation, Invitations, NewInvitation, People, Person, Role } from "../api/types";
import { meKey } from "../auth/session";

const peopleKey = ["people"] as const;
const invitationsKey = ["invitations"] as const;

export function usePeople() {
  return useQuery({ queryKey: peopleKey, queryFn: () => api.get<People>("/api/people") });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: string; role?: Role; active?: boolean }) =>
      api.patch<Person>(`/api/people/${id}`, change),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: peopleKey });
      // The change may be to oneself (a role), which changes what the app shows.
      queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useInvitations(enabled: boolean) {
  return useQuery({ queryKey: invitationsKey, queryFn: () => api.get<Invitations>("/api/invitations"), enabled });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) => api.post<NewInvitation>("/api/invitations", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<Invitation>(`/api/invitations/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
