// A question's statement, written in Markdown, as HTML. Safely: react-markdown builds React elements from
// the Markdown's syntax tree and never sets HTML, so HTML written into the statement shows as text, and
// link and image addresses other than http(s), mailto and relative ones (javascript:, data:) are dropped.
import { Anchor, Typography } from "@mantine/core";
import { memo } from "react";
import ReactMarkdown, { type Components } from "react-markdown";

// The statement sits under the page's own headings: its # is a third-level heading, and so on down.
const components: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h4 {...props} />,
  h3: ({ node: _node, ...props }) => <h5 {...props} />,
  h4: ({ node: _node, ...props }) => <h6 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
  h6: ({ node: _node, ...props }) => <h6 {...props} />,
  a: ({ node: _node, href, children }) => (
    <Anchor href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Anchor>
  ),
};

export const RenderedMarkdown = memo(function RenderedMarkdown({ markdown }: { markdown: string }) {
  return (
    <Typography style={{ overflowWrap: "anywhere" }}>
      <ReactMarkdown components={components}>{markdown}</ReactMarkdown>
    </Typography>
  );
});
