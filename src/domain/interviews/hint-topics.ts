// The hint topics every organisation starts with; an organisation adds its own beside them.
export const builtInHintTopics = [
  { slug: "data-structure", label: "Data structure" },
  { slug: "complexity", label: "Complexity" },
  { slug: "off-by-one", label: "Off-by-one" },
  { slug: "edge-cases", label: "Edge cases" },
  { slug: "approach", label: "Approach" },
  { slug: "language", label: "Language" },
] as const;

export interface HintTopic {
  slug: string;
  label: string;
  builtIn: boolean;
}

/** A topic's slug from its label: "Cache invalidation" → "cache-invalidation". */
export function slugify(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
