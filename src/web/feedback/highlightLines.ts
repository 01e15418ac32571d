// Syntax highlighting one line at a time, for the code walk-through, where each line is its own row (a line
// number to select, annotations under it). highlight.js marks up the whole snapshot at once, so that a
// string or comment spanning lines is still coloured right; the markup is then cut at each newline, closing
// the spans open there and opening them again on the next line.
import "highlight.js/styles/github.css";
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

// The snapshot languages the cockpit offers (interviews/kinds.ts). highlight.js finds "C++" and "C#" by its
// own aliases and ignores case, so the snapshot's language is looked up as it is.
const grammars = { python, javascript, typescript, java, go, cpp, csharp, ruby, kotlin, swift, rust, sql };
for (const [name, grammar] of Object.entries(grammars)) {
  if (!hljs.getLanguage(name)) hljs.registerLanguage(name, grammar);
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The code as lines of HTML (escaped by highlight.js, or here for a language it does not know). */
export function highlightLines(code: string, language: string): string[] {
  const source = code.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  const html = hljs.getLanguage(language)
    ? hljs.highlight(source, { language, ignoreIllegals: true }).value
    : escapeHtml(source);
  return splitMarkup(html);
}

function splitMarkup(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = "";
  for (const token of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (token === "\n") {
      lines.push(line + "</span>".repeat(open.length));
      line = open.join("");
    } else if (token.startsWith("<span")) {
      open.push(token);
      line += token;
    } else if (token === "</span>") {
      open.pop();
      line += token;
    } else {
      line += token;
    }
  }
  lines.push(line);
  return lines;
}
