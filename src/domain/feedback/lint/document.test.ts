import { describe, expect, it } from "vitest";
import { readDocument, sentenceAt } from "./document.js";

const textOf = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);
const sentencesOf = (text: string) => readDocument(text).sentences.map((s) => textOf(text, s));

describe("readDocument", () => {
  it("keeps the text's length and line breaks, so offsets into the prose are offsets into the text", () => {
    const text = "# Title\n\n```js\nconst child = spawn();\n```\n\nThe `master` branch.\n";
    const doc = readDocument(text);
    expect(doc.prose).toHaveLength(text.length);
    expect([...doc.prose].filter((c) => c === "\n")).toHaveLength([...text].filter((c) => c === "\n").length);
    expect(doc.prose).not.toContain("child");
    expect(doc.prose).not.toContain("master");
    expect(doc.prose).toContain("branch");
  });

  it("blanks fenced blocks to their closing fence, or to the end when there is none", () => {
    const doc = readDocument("Before.\n~~~~\nold man\n~~~\nstill code\n~~~~\nAfter the fence.\n```\nunclosed child");
    expect(doc.prose).not.toMatch(/old man|still code|unclosed child/);
    expect(doc.prose).toContain("After the fence.");
  });

  it("blanks code spans of any number of backticks, and leaves an unclosed backtick as text", () => {
    const doc = readDocument("Use ``a `child` here`` and `x`, but ` alone stays prose.");
    expect(doc.prose).not.toMatch(/child|`x`/);
    expect(doc.prose).toContain("alone stays prose");
    expect(doc.code.map((c) => textOf(doc.text, c))).toEqual(["``a `child` here``", "`x`"]);
  });

  it("blanks identifiers, calls, paths and addresses written without backticks", () => {
    const doc = readDocument(
      "It calls child_process.spawn and reads node.childNodes via getChildren() from src/child/index.ts; see https://github.com/x/y/blob/master/a.ts or [the docs](https://x.test/master).",
    );
    expect(doc.prose).not.toMatch(/child|master/i);
    expect(doc.prose).toContain("the docs");
  });

  it("blanks indented blocks after a blank line, but not a list item's continuation", () => {
    const code = readDocument("You wrote:\n\n    if (old) killChild()\n\nwhich works.");
    expect(code.prose).not.toContain("old");
    const list = readDocument("- First point\n\n    still the first point, about her children\n");
    expect(list.prose).toContain("her children");
  });

  it("blanks unfenced lines that read as code", () => {
    const doc = readDocument("Your loop:\nfor (const child of node.kids) {\n  visit(child);\n}\nwas quadratic.");
    expect(doc.prose).not.toContain("child");
    expect(doc.prose).toContain("was quadratic.");
  });

  it("finds headings (#, underlined, a bold line) and the blocks after them", () => {
    const text = "# One\n\nTwo\n===\n\n**Three**\nA paragraph\nover two lines.\n\n- an item\n- another item";
    const blocks = readDocument(text).blocks.map((b) => [b.kind, textOf(text, b)]);
    expect(blocks).toEqual([
      ["heading", "One"],
      ["heading", "Two"],
      ["heading", "Three"],
      ["text", "A paragraph\nover two lines."],
      ["text", "an item"],
      ["text", "another item"],
    ]);
  });

  it("splits sentences at full stops, question and exclamation marks, but not inside abbreviations", () => {
    expect(sentencesOf("You sorted first, e.g. by start time. Why? Because it works! Approx. five minutes.")).toEqual([
      "You sorted first, e.g. by start time.",
      "Why?",
      "Because it works!",
      "Approx. five minutes.",
    ]);
  });

  it("says which sentence an offset is in, with its neighbours in the same block only", () => {
    const text = "One. Two. Three.\n\nFour.";
    const doc = readDocument(text);
    const two = sentenceAt(doc, text.indexOf("Two"));
    expect(two && textOf(text, two.sentence)).toBe("Two.");
    expect(two?.previous && textOf(text, two.previous)).toBe("One.");
    expect(two?.next && textOf(text, two.next)).toBe("Three.");
    expect(sentenceAt(doc, text.indexOf("Three"))?.next).toBeUndefined();
    expect(sentenceAt(doc, text.indexOf("\n\n") + 1)).toBeUndefined();
  });
});
