// After a key records an event, its text field opens once the event's marker has been painted (a frame
// later). Keys typed in between are the first words of the text, not new events: they are kept here and
// the field opens with them, or, after Enter or Esc, does not open at all.

export interface TypedAhead {
  text: string;
  /** Enter (save the text) or Esc (leave it empty) was pressed before the field opened. */
  ended: "save" | "leave" | null;
}

export function typedAhead(): TypedAhead {
  return { text: "", ended: null };
}

/** Takes a key into what was typed ahead; false for a key it leaves alone (Tab, an arrow, a modifier). */
export function takeTypedKey(typed: TypedAhead, key: string): boolean {
  if (typed.ended) return false;
  if (key === "Enter") typed.ended = "save";
  else if (key === "Escape") typed.ended = "leave";
  else if (key === "Backspace") typed.text = typed.text.slice(0, -1);
  else if (key.length === 1) typed.text += key;
  else return false;
  return true;
}
