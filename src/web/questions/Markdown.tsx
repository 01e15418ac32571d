import { Skeleton } from "@mantine/core";
import { lazy, Suspense } from "react";

// The Markdown renderer loads with the first statement shown, not with the app.
const RenderedMarkdown = lazy(() =>
  import("./RenderedMarkdown").then((module) => ({ default: module.RenderedMarkdown })),
);

/** Markdown (a question's statement) shown as formatted text. */
export function Markdown({ markdown }: { markdown: string }) {
  return (
    <Suspense fallback={<Skeleton h={48} />}>
      <RenderedMarkdown markdown={markdown} />
    </Suspense>
  );
}
