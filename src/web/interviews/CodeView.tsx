import "highlight.js/styles/github.css";
import { Box } from "@mantine/core";
import hljs from "highlight.js/lib/core";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import go from "highlight.js/lib/languages/go";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import kotlin from "highlight.js/lib/languages/kotlin";
import python from "highlight.js/lib/languages/python";
import ruby from "highlight.js/lib/languages/ruby";
import rust from "highlight.js/lib/languages/rust";
import sql from "highlight.js/lib/languages/sql";
import swift from "highlight.js/lib/languages/swift";
import typescript from "highlight.js/lib/languages/typescript";
import { memo, useLayoutEffect, useMemo, useRef } from "react";

const grammars = { python, javascript, typescript, java, go, cpp, csharp, ruby, kotlin, swift, rust, sql };
for (const [name, grammar] of Object.entries(grammars)) hljs.registerLanguage(name, grammar);

/** The snapshot's language (as chosen in the select) → highlight.js's name for it. */
const hljsNames: Record<string, keyof typeof grammars> = {
  Python: "python",
  JavaScript: "javascript",
  TypeScript: "typescript",
  Java: "java",
  Go: "go",
  "C++": "cpp",
  "C#": "csharp",
  Ruby: "ruby",
  Kotlin: "kotlin",
  Swift: "swift",
  Rust: "rust",
  SQL: "sql",
};

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const lineStyle = { fontSize: 13, lineHeight: "20px", margin: 0, padding: "12px 0" } as const;

/** Code with syntax highlighting and line numbers (in a gutter of their own, so they are not copied with it). */
export const CodeView = memo(function CodeView({
  code,
  language,
  label,
}: {
  code: string;
  language: string;
  label: string;
}) {
  const codeElement = useRef<HTMLElement>(null);
  const html = useMemo(() => {
    const name = hljsNames[language];
    return name ? hljs.highlight(code, { language: name, ignoreIllegals: true }).value : escapeHtml(code);
  }, [code, language]);
  // Set only when the markup changes (highlight.js escapes the code it marks up): setting it on each render
  // would have the browser parse and lay out the whole snapshot again for nothing.
  useLayoutEffect(() => {
    if (codeElement.current) codeElement.current.innerHTML = html;
  }, [html]);
  const lines = Math.max(1, code.replace(/\n$/, "").split("\n").length);
  return (
    <Box
      style={{
        display: "flex",
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: "var(--mantine-radius-md)",
        background: "var(--mantine-color-gray-0)",
        overflow: "auto",
        maxHeight: 520,
      }}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <pre
        aria-hidden
        style={{
          ...lineStyle,
          textAlign: "right",
          userSelect: "none",
          color: "var(--mantine-color-gray-6)",
          padding: "12px 10px 12px 12px",
          borderRight: "1px solid var(--mantine-color-gray-3)",
          background: "var(--mantine-color-gray-1)",
          position: "sticky",
          left: 0,
        }}
      >
        {Array.from({ length: lines }, (_, i) => i + 1).join("\n")}
      </pre>
      <pre style={{ ...lineStyle, padding: "12px 16px", flex: 1 }}>
        <code
          className={`hljs language-${hljsNames[language] ?? "plaintext"}`}
          style={{ background: "none", padding: 0 }}
          ref={codeElement}
        />
      </pre>
    </Box>
  );
});
