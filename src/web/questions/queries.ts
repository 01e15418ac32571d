import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client";
import type { HintTopic, HintTopics, Question, Questions } from "../api/types";

export const questionsKey = ["questions"] as const;
export const hintTopicsKey = ["hint-topics"] as const;

export type ArchivedFilter = "false" | "true" | "all";

export interface LayerValues {
  title: string;
  description?: string;
  expectedMinutes?: number;
  guide?: string;
}

export interface QuestionValues {
  title: string;
  kind: Question["kind"];
  durationMinutes: number;
  statement: string;
  layers: LayerValues[];
}

export function useQuestions(search = "", archived: ArchivedFilter = "false") {
  const params = new URLSearchParams({ archived });
  if (search) params.set("search", search);
  return useQuery({
    queryKey: [...questionsKey, "list", search, archived],
    queryFn: () => api.get<Questions>(`/api/questions?${params}`),
    placeholderData: keepPreviousData,
  });
}

export function useQuestion(id: string | undefined) {
  return useQuery({
    queryKey: [...questionsKey, id],
    queryFn: () => api.get<Question>(`/api/questions/${id}`),
    enabled: Boolean(id),
  });
}

export function useSaveQuestion(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<QuestionValues> & { archived?: boolean }) =>
      id ? api.patch<Question>(`/api/questions/${id}`, body) : api.post<Question>("/api/questions", body),
    onSuccess: (question) => {
      queryClient.setQueryData([...questionsKey, question.id], question);
      queryClient.invalidateQueries({ queryKey: [...questionsKey, "list"] });
    },
  });
}

export function useHintTopics() {
  return useQuery({
    queryKey: hintTopicsKey,
    queryFn: () => api.get<HintTopics>("/api/hint-topics"),
    staleTime: 5 * 60_000,
  });
}

export function useAddHintTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => api.post<HintTopic>("/api/hint-topics", { label }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hintTopicsKey }),
  });
}

export function useArchiveHintTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slug: string) => api.delete<HintTopic>(`/api/hint-topics/${encodeURIComponent(slug)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hintTopicsKey }),
  });
}

export const kindLabels: Record<Question["kind"], string> = {
  coding: "Coding",
  "system-design": "System design",
};
