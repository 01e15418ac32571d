// One key per event, anywhere on the page but in a field: the key handler of the cockpit, and what it has
// just recorded (the event awaiting a few words, the hint awaiting its topic, or why a key did nothing).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { EventKind, HintTopic, QuestionLayer } from "../api/types";
import { currentLayerOf } from "./currentLayer";
import { kindByKey } from "./kinds";
import { changeEvent, enqueue } from "./outbox";
import { type TypedAhead, takeTypedKey, typedAhead } from "./typeAhead";
import type { Stamp } from "./useEventStamp";
import { shownEventsNow } from "./useShownEvents";

/** The event just recorded, open for a few words (those typed before the field opened first). */
export interface Capture {
  id: string;
  kind: EventKind;
  at: number;
  typed: string;
}

interface Options {
  interviewId: string;
  topics: HintTopic[];
  layers: QuestionLayer[];
  stamp: () => Stamp;
}

/** Keys typed into a field, a dialog or a menu are theirs, not the cockpit's. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return true;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

/** Runs `then` once the frame being prepared has been painted (or after 100 ms, in a tab that does not paint). */
function afterPaint(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

export function useRecordingKeys({ interviewId, topics, layers, stamp }: Options) {
  const [capture, setCapture] = useState<Capture | null>(null);
  const [hint, setHint] = useState<Stamp | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const eventsNow = useCallback(() => shownEventsNow(queryClient, interviewId), [queryClient, interviewId]);

  // What is typed between a key press and its text field opening (typeAhead.ts).
  const typing = useRef<TypedAhead | null>(null);

  const record = useCallback(
    (kind: EventKind, at: Stamp, extra: { topic?: string; layer?: number } = {}) => {
      const clientId = crypto.randomUUID();
      // The event reaches the timeline in this very task, before anything else is rendered: the outbox
      // holds it in memory at once (and says it is unsaved), then writes it to IndexedDB, and only then
      // sends it (outbox.ts).
      flushSync(() => {
        void enqueue({ type: "event", interviewId, body: { clientId, kind, ...at, ...extra } });
      });
      // Its text field, and the forced layout that focusing a field costs, wait until the marker is painted.
      const typed = typedAhead();
      typing.current = typed;
      afterPaint(() => {
        if (typing.current === typed) typing.current = null;
        if (typed.ended === "save" && typed.text.trim()) {
          void changeEvent(interviewId, clientId, { text: typed.text.trim() });
        }
        // In one task with the keys: the field is focused before the next key is handled.
        flushSync(() => {
          setMessage(null);
          setCapture(typed.ended ? null : { id: clientId, kind, at: at.at, typed: typed.text });
        });
      });
    },
    [interviewId],
  );

  // The latest values for the key handler, which is installed once.
  const latest = useRef({ hint, topics, layers, record, stamp, eventsNow });
  latest.current = { hint, topics, layers, record, stamp, eventsNow };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target)) return;
      if (typing.current && takeTypedKey(typing.current, event.key)) {
        event.preventDefault();
        return;
      }
      const now = latest.current;
      if (now.hint) {
        if (event.key === "Escape") {
          event.preventDefault();
          setHint(null);
        } else if (/^[1-9]$/.test(event.key)) {
          const topic = now.topics[Number(event.key) - 1];
          if (!topic) return;
          event.preventDefault();
          setHint(null);
          now.record("hint", now.hint, { topic: topic.slug });
        }
        return;
      }
      const kind = kindByKey[event.key.toLowerCase()];
      if (!kind) return;
      event.preventDefault();
      const at = now.stamp();
      if (kind === "hint") {
        setHint(at);
        setCapture(null);
        return;
      }
      if (kind !== "constraint_change" && kind !== "layer_completed") {
        now.record(kind, at);
        return;
      }
      // Read from the events as they are now, the key pressed just before included.
      const current = currentLayerOf(now.eventsNow());
      if (kind === "layer_completed") {
        now.record(kind, at, { layer: current });
      } else if (now.layers.length > 0 && current + 1 > now.layers.length) {
        setMessage(`Layer ${current} is the question's last layer: there is no constraint change to open.`);
      } else {
        now.record(kind, at, { layer: current + 1 });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const pickTopic = useCallback(
    (slug: string) => {
      if (!hint) return;
      setHint(null);
      record("hint", hint, { topic: slug });
    },
    [hint, record],
  );
  const cancelHint = useCallback(() => setHint(null), []);
  const closeCapture = useCallback(() => setCapture(null), []);

  return { capture, hint, message, pickTopic, cancelHint, closeCapture };
}
