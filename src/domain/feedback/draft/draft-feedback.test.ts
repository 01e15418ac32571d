import { describe, expect, it } from "vitest";
import { draftFeedback } from "./draft-feedback.js";
import type { DraftEvent, DraftInput } from "./input.js";
import { mergeMeetingsAssessment, mergeMeetingsBenchmarks, mergeMeetingsInput } from "./merge-meetings.fixture.js";

const withEvents = (events: DraftEvent[], more: Partial<DraftInput> = {}): DraftInput => ({
  ...mergeMeetingsInput(),
  events,
  ...more,
});

const headings = (draft: string) => draft.split("\n").filter((line) => line.startsWith("#"));

/** The first sentence of prose: what the candidate reads first. */
const firstSentence = (draft: string) =>
  (draft.split("\n").find((line) => line.trim() !== "" && !line.startsWith("#")) ?? "").split(/(?<=\.) /)[0];

describe("draftFeedback on the worked example", () => {
  const draft = draftFeedback(mergeMeetingsInput());

  it("opens with what the candidate did, not with the outcome", () => {
    expect(headings(draft)[0]).toBe("## How the session went");
    expect(firstSentence(draft)).toBe(
      "You asked 1 clarifying question before you started, in the first minute (“are the intervals sorted?”).",
    );
  });

  it("sets when coding started against the strongest performers", () => {
    expect(draft).toContain(
      "You started coding about 2 minutes in; the strongest performers on this question spend about 5 minutes on constraints first.",
    );
  });

  it("times each layer against the benchmarks, and names the layer the session ended on", () => {
    expect(draft).toContain(
      "You finished “Brute force” at 19 minutes; the strongest performers on this question finish it in about 12 minutes.",
    );
    expect(draft).toContain(
      "You finished “O(n log n)” at 38 minutes; the strongest performers finish it by about 21 minutes.",
    );
    expect(draft).toContain(
      "You moved on to “Input as a stream” at 39 minutes and had not finished it when the session ended; the strongest performers finish it by about 38 minutes.",
    );
  });

  it("lists the hints by topic and moment against par", () => {
    expect(draft).toContain(
      "You needed 2 hints: at 9 minutes about edge cases (touching intervals) and at 27 minutes about the data structure (sort first). The strongest performers on this question usually need about one hint.",
    );
  });

  it("says how far the candidate got against low, mid and top performers", () => {
    expect(draft).toContain(
      "You completed 2 of its 3 layers: “Brute force” and “O(n log n)”. On this question, low performers usually complete 1 layer, mid performers 2 and top performers 3.",
    );
  });

  it("says what went well and where it went astray, with the moments and the checklist's evidence", () => {
    expect(draft).toContain(
      "### What went well\n\n- You discussed the trade-offs between the approaches and reasoned about them out loud. At 24 minutes: Talked through sorting in place against copying the input.",
    );
    expect(draft).toContain(
      "- You started building before the constraints were pinned down (in the first minute). Asked about sorting, not about touching or empty intervals.",
    );
    expect(draft).toContain(
      "- Some of your complexity claims were off (at 31 minutes). You described the time complexity of the sort as O(n); it is O(n log n).",
    );
    // The mistake note is cited by the complexity answer, so it is not listed a second time.
    expect(draft).not.toContain("Described the sort as O(n)");
  });

  it("quotes each annotated range in the snapshot's language, in line order", () => {
    const code = draft.slice(draft.indexOf("## Your code"), draft.indexOf("## What to practise next"));
    expect(code).toBe(
      [
        "## Your code",
        "**Line 2, done well.** Sorting first sets up the linear pass.",
        "```python\n    meetings.sort()\n```",
        "**Lines 6-9, where it went astray.** This inner loop scans every merged interval again for each new one, which made it quadratic; once the input is sorted, only the last merged interval can overlap.",
        "```python\n        for m in merged:\n            if start <= m[1]:\n                m[1] = max(m[1], end)\n                placed = True\n```",
        "",
      ].join("\n\n"),
    );
  });

  it("derives what to practise from the checklist's concerns and the hints, each once", () => {
    expect(draft).toContain(
      [
        "## What to practise next",
        "",
        "- Pinning down the input, the constraints and the edge cases before you start building.",
        "- Stating the time and space complexity of each step as you go, and checking it.",
        "- Choosing the data structure from the operations you need most often.",
      ].join("\n"),
    );
  });

  it("keeps the sections in order", () => {
    expect(headings(draft)).toEqual([
      "## How the session went",
      "### What went well",
      "### Where it went astray",
      "## Your timings",
      "## Hints",
      "## How far you got",
      "## Your code",
      "## What to practise next",
    ]);
  });

  it("is the same for the same input, whatever the order events and snapshots arrive in", () => {
    const input = mergeMeetingsInput();
    const shuffled = { ...input, events: [...input.events].reverse(), snapshots: [...input.snapshots].reverse() };
    expect(draftFeedback(structuredClone(input))).toBe(draft);
    expect(draftFeedback(shuffled)).toBe(draft);
  });
});

describe("the outcome", () => {
  const assessed = (policy: DraftInput["policy"], advance = true) =>
    draftFeedback({ ...mergeMeetingsInput(), policy, assessment: { ...mergeMeetingsAssessment, advance } });

  it("is left out when the policy excludes it", () => {
    const draft = assessed({ includeOutcome: false, includeScores: false });
    expect(draft).not.toMatch(/decision|of 4|move you forward/i);
  });

  it("comes last, scores then decision, when the policy includes both", () => {
    const draft = assessed({ includeOutcome: true, includeScores: true });
    expect(headings(draft).at(-1)).toBe("## Scores and decision");
    expect(draft.endsWith("The decision is to move you forward to the next stage.\n")).toBe(true);
    expect(draft).toContain(
      "- Problem solving: 3 of 4\n- Code quality: 2 of 4\n- Communication: 3 of 4\n- Overall: 3 of 4",
    );
    expect(firstSentence(draft)).not.toMatch(/decision|advance|forward/i);
  });

  it("shows only the decision when only the outcome is included", () => {
    const draft = assessed({ includeOutcome: true, includeScores: false }, false);
    expect(headings(draft).at(-1)).toBe("## Decision");
    expect(draft).not.toContain("of 4");
    expect(draft.endsWith("The decision this time is not to move forward.\n")).toBe(true);
  });

  it("labels the organisation's own dimensions after the built-in ones", () => {
    const draft = draftFeedback({
      ...mergeMeetingsInput(),
      policy: { includeOutcome: false, includeScores: true },
      assessment: { scores: { testing: 2, communication: 3, problemSolving: 4 }, overall: 3, advance: false },
      dimensions: [{ id: "testing", label: "Testing" }],
    });
    expect(draft).toContain("- Problem solving: 4 of 4\n- Communication: 3 of 4\n- Testing: 2 of 4\n- Overall: 3 of 4");
    expect(draft).not.toContain("decision");
  });

  it("is left out when there is no assessment, whatever the policy", () => {
    const draft = draftFeedback({
      ...mergeMeetingsInput(),
      policy: { includeOutcome: true, includeScores: true },
      assessment: null,
    });
    expect(draft).not.toMatch(/## Scores|## Decision/);
  });
});

describe("while the question's history is thin", () => {
  it("compares with the author's expected minutes and says so", () => {
    const draft = draftFeedback({ ...mergeMeetingsInput(), benchmarks: null });
    expect(draft).toContain(
      "This question does not have enough past interviews for benchmarks yet, so your times are set against the estimates of the question's author. You finished “Brute force” at 19 minutes; the question's author estimates that the strongest performers finish it in about 12 minutes. You finished “O(n log n)” at 38 minutes; the author expects it by about 20 minutes.",
    );
    expect(draft).toContain("You started coding about 2 minutes in.");
    expect(draft).not.toContain("strongest performers on this question spend");
    expect(draft).toContain(
      "There are too few past interviews of this question yet to say how many hints the strongest performers need.",
    );
    expect(draft).toContain(
      "There are too few past interviews of this question yet to say how far candidates usually get.",
    );
  });

  it("states the times on their own when the author gave no expected minutes", () => {
    const input = mergeMeetingsInput();
    const layers = input.question.layers.map(({ title }) => ({ title }));
    const draft = draftFeedback({ ...input, benchmarks: null, question: { ...input.question, layers } });
    expect(draft).toContain(
      "This question does not have enough past interviews for benchmarks yet, and its author gave no expected times, so your times stand on their own. You finished “Brute force” at 19 minutes. You finished “O(n log n)” at 38 minutes.",
    );
  });

  it("falls back layer by layer where one benchmark is missing", () => {
    const input = mergeMeetingsInput();
    // Only layer 1 is timed by history; layer 2 has no author estimate either, layer 3 has one.
    const benchmarks = {
      ...mergeMeetingsBenchmarks,
      layers: mergeMeetingsBenchmarks.layers.map((layer) =>
        layer.layer === 1 ? layer : { ...layer, topMedianMinutes: null },
      ),
    };
    const layers = input.question.layers.map((layer, index) => (index === 1 ? { title: layer.title } : layer));
    const draft = draftFeedback({ ...input, benchmarks, question: { ...input.question, layers } });
    expect(draft).toContain(
      "You finished “O(n log n)” at 38 minutes; too few of the strongest performers have finished it yet to say how long it takes.",
    );
    expect(draft).toContain(
      "the question's author estimates that the strongest performers finish it by about 35 minutes.",
    );
    expect(draft).not.toContain("does not have enough past interviews for benchmarks");
  });
});

describe("missing data", () => {
  it("says nothing about the start when no coding_started was noted", () => {
    const draft = draftFeedback(
      withEvents(mergeMeetingsInput().events.filter((event) => event.kind !== "coding_started")),
    );
    expect(draft).not.toContain("started coding");
    expect(firstSentence(draft)).toBe(
      "You asked 1 clarifying question, in the first minute (“are the intervals sorted?”).",
    );
  });

  it("says plainly that no layer was completed", () => {
    const events = mergeMeetingsInput().events.filter(
      (event) => event.kind !== "layer_completed" && event.kind !== "constraint_change",
    );
    const draft = draftFeedback(withEvents(events));
    expect(draft).toContain(
      "You did not finish “Brute force” in the session; the strongest performers on this question finish it in about 12 minutes.",
    );
    expect(draft).not.toContain("O(n log n)” at");
    expect(draft).toContain("You did not complete a layer of this question in the session.");
  });

  it("writes a short draft from nothing at all", () => {
    const draft = draftFeedback({
      question: { title: "Merge meetings", kind: "coding", layers: [{ title: "Brute force" }] },
      events: [],
      snapshots: [],
      checklist: [],
      annotations: [],
      benchmarks: null,
      policy: { includeOutcome: false, includeScores: false },
      assessment: null,
    });
    const paragraphs = [
      "## How the session went",
      "These notes are about your session on “Merge meetings”.",
      "## Your timings",
      "You did not finish “Brute force” in the session.",
      "## Hints",
      "You needed no hints. There are too few past interviews of this question yet to say how many hints the strongest performers need.",
      "## How far you got",
      "You did not complete a layer of this question in the session. There are too few past interviews of this question yet to say how far candidates usually get.",
      "## What to practise next",
      "Neither the checklist nor the hints point at one thing to practise above the others.",
    ];
    expect(draft).toBe(`${paragraphs.join("\n\n")}\n`);
  });

  it("has no code section without annotations, and no layer sections without layers", () => {
    const input = mergeMeetingsInput();
    const draft = draftFeedback({
      ...input,
      snapshots: [],
      annotations: [],
      question: { ...input.question, layers: [] },
    });
    expect(draft).not.toContain("## Your code");
    expect(draft).not.toContain("```");
    expect(draft).not.toContain("## Your timings");
    expect(draft).not.toContain("## How far you got");
  });
});

describe("phrasing", () => {
  it("compares a late start with when the strongest performers start", () => {
    const draft = draftFeedback(
      withEvents([
        { id: "q", at: 100, kind: "clarifying_question", text: "can the list be empty?" },
        { id: "c", at: 8 * 60 + 10, kind: "coding_started" },
      ]),
    );
    expect(draft).toContain(
      "You started coding about 8 minutes in; the strongest performers on this question start after about 5 minutes.",
    );
  });

  it("notes a start without questions, and one about when the strongest performers start", () => {
    const early = draftFeedback(withEvents([{ id: "c", at: 30, kind: "coding_started" }]));
    expect(early).toContain(
      "You started coding about 1 minute in without asking about the input first; the strongest performers on this question spend about 5 minutes on constraints first.",
    );
    const onPace = draftFeedback(withEvents([{ id: "c", at: 290, kind: "coding_started" }]));
    expect(onPace).toContain(
      "about 5 minutes in without asking about the input first, about when the strongest performers on this question start.",
    );
  });

  it("speaks of requirements and design for a system-design question", () => {
    const input = mergeMeetingsInput();
    const draft = draftFeedback({
      ...input,
      question: { ...input.question, kind: "system-design" },
      events: [{ id: "c", at: 3 * 60, kind: "coding_started" }],
      checklist: [
        {
          itemId: "tools_without_reasons",
          answer: "yes",
          comment: "Picked Cassandra before the write rate was known",
          evidence: [],
        },
      ],
      snapshots: [],
      annotations: [],
    });
    expect(draft).toContain(
      "You started on the design about 3 minutes in without asking about the input first; the strongest performers on this question spend about 5 minutes on requirements first.",
    );
    expect(draft).toContain(
      "- You named specific tools (a database, a load balancer) before saying why they fit. Picked Cassandra before the write rate was known.",
    );
    expect(draft).toContain("- Giving the requirement behind each component before naming a product for it.");
  });

  it("names the language of the final snapshot in the idiom answer and its practice", () => {
    const input = mergeMeetingsInput();
    const draft = draftFeedback({
      ...input,
      checklist: [
        {
          itemId: "idiomatic_language",
          answer: "no",
          comment: "",
          evidence: [{ kind: "code", snapshotId: "s2", startLine: 4, endLine: 11 }],
        },
      ],
      events: [],
    });
    expect(draft).toContain("- In places your code did not use Python's own idioms (lines 4-11).");
    expect(draft).toContain("- The standard library and idioms of Python.");
  });

  it("names the organisation's own hint topics by their label", () => {
    const draft = draftFeedback({
      ...withEvents([{ id: "h", at: 600, kind: "hint", topic: "cache-invalidation" }]),
      checklist: [],
      hintTopics: [{ slug: "cache-invalidation", label: "Cache invalidation" }],
    });
    expect(draft).toContain("You needed 1 hint: at 10 minutes about Cache invalidation.");
    expect(draft).toContain("- Cache invalidation, where you needed a hint.");
  });

  it("fences code that itself holds backticks, and names an earlier snapshot by its moment", () => {
    const input = mergeMeetingsInput();
    const draft = draftFeedback({
      ...input,
      snapshots: [
        { id: "early", at: 600, language: "TypeScript", code: "const s = ```x```;\nreturn s;" },
        ...input.snapshots.filter((snapshot) => snapshot.id === "s2"),
      ],
      annotations: [
        { snapshotId: "early", startLine: 1, endLine: 1, kind: "could_be_better", comment: "A plain string is enough" },
      ],
    });
    expect(draft).toContain(
      "**Line 1, in your code at 10 minutes, could be better.** A plain string is enough.\n\n````typescript\nconst s = ```x```;\n````",
    );
  });

  it("keeps clear of the words the feedback linter flags", () => {
    const input = mergeMeetingsInput();
    const variants: DraftInput[] = [
      input,
      { ...input, benchmarks: null },
      {
        ...input,
        checklist: [
          "constraints_asked",
          "snippets_to_improve",
          "more_efficient",
          "tradeoffs_discussed",
          "complexity_mistakes",
          "idiomatic_language",
        ].flatMap((itemId) =>
          (["yes", "no"] as const).map(
            (answer) => ({ itemId, answer, comment: "", evidence: [] }) as DraftInput["checklist"][number],
          ),
        ),
        policy: { includeOutcome: true, includeScores: true },
      },
    ];
    const flagged =
      /\b(great|good job|excellent|awesome|amazing|brilliant|smart|impressive|nice|culture fit|strong candidate|young|old|energetic|native|mature|junior|senior|personality|attitude)\b/i;
    for (const variant of variants) expect(draftFeedback(variant)).not.toMatch(flagged);
  });
});
