// The outbox: every note, correction and code snapshot goes into IndexedDB before it goes to the network, and
// stays there until the server has acknowledged it. Items are sent one at a time in the order they were made;
// a failure to reach the server is retried with exponential backoff (capped at 10 s), at once when the browser
// comes back online, and after a reload (the outbox is read back from IndexedDB when the app starts). The
// server is idempotent on the client-made id, so sending an item twice stores it once.
//
// A refusal that retrying cannot fix (409: the server holds a different event under the same id; 400, 403, 404)
// is kept, marked failed, and shown with its message: it is never dropped silently.
import { ApiError, request } from "../api/client";
import type { CodeSnapshot, EventKind, InterviewEvent } from "../api/types";

export interface EventBody {
  clientId: string;
  at: number;
  kind: EventKind;
  text?: string;
  topic?: string;
  layer?: number;
  seq?: number;
}

export interface EventChange {
  at?: number;
  text?: string | null;
  topic?: string | null;
  layer?: number | null;
  deleted?: boolean;
}

export interface SnapshotBody {
  clientId: string;
  at: number;
  language: string;
  code: string;
}

interface ItemBase {
  /** The IndexedDB key: when the item was made, which is the order it is sent in. */
  order: number;
  interviewId: string;
  /** Attempts made to send it (an item never attempted may still be amended in place). */
  attempts: number;
  failed?: { status: number; message: string };
}

export type OutboxItem =
  | (ItemBase & { type: "event"; body: EventBody })
  | (ItemBase & { type: "change"; eventId: string; body: EventChange })
  | (ItemBase & { type: "snapshot"; body: SnapshotBody });

export interface OutboxState {
  /** Read back from IndexedDB (false only for a moment after the page loads). */
  loaded: boolean;
  online: boolean;
  items: readonly OutboxItem[];
  /** Why the last attempt did not reach the server, while retrying. */
  retryError: string | null;
  /** When the next retry is due (ms since the epoch), while waiting. */
  retryAt: number | null;
  /** IndexedDB could not be opened (private mode in some browsers): items are kept in memory only. */
  storageError: string | null;
}

type SentHandler = (item: OutboxItem, result: InterviewEvent | CodeSnapshot) => void;

const DB_NAME = "debrief-outbox";
const STORE = "items";
const MAX_DELAY = 10_000;

let state: OutboxState = {
  loaded: false,
  online: typeof navigator === "undefined" ? true : navigator.onLine,
  items: [],
  retryError: null,
  retryAt: null,
  storageError: null,
};
const listeners = new Set<() => void>();
const sentHandlers = new Set<SentHandler>();
let lastOrder = 0;
let dbPromise: Promise<IDBDatabase> | null = null;
let started = false;
let running = false;
let runAgain = false;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function setState(change: Partial<OutboxState>) {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getOutboxState(): OutboxState {
  return state;
}

/** Called with the server's answer each time an item is acknowledged (to update cached lists). */
export function onSent(handler: SentHandler): () => void {
  sentHandlers.add(handler);
  return () => sentHandlers.delete(handler);
}

// --- IndexedDB, raw -------------------------------------------------------------------------------------

function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: "order" });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error("IndexedDB could not be opened"));
    open.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
  return dbPromise;
}

function transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode, { durability: "strict" });
        const req = run(tx.objectStore(STORE));
        // Resolved once the transaction has committed, not when the request succeeds: the item is then on disk.
        tx.oncomplete = () => resolve(req?.result as T);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
      }),
  );
}

async function persist(item: OutboxItem): Promise<void> {
  try {
    await transact("readwrite", (store) => store.put(item));
  } catch (error) {
    setState({ storageError: describe(error) });
  }
}

async function forget(order: number): Promise<void> {
  try {
    await transact("readwrite", (store) => store.delete(order));
  } catch (error) {
    setState({ storageError: describe(error) });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// --- The queue ------------------------------------------------------------------------------------------

/** Reads the outbox back from IndexedDB and starts sending; safe to call more than once. */
export function startOutbox(): void {
  if (started || typeof window === "undefined") return;
  started = true;
  window.addEventListener("online", () => {
    setState({ online: true });
    failures = 0;
    kick();
  });
  window.addEventListener("offline", () => setState({ online: false }));
  transact<OutboxItem[]>("readonly", (store) => store.getAll())
    .then((stored) => {
      const known = new Set(state.items.map((item) => item.order));
      const items = [...state.items, ...stored.filter((item) => !known.has(item.order))].sort(
        (a, b) => a.order - b.order,
      );
      lastOrder = Math.max(lastOrder, ...items.map((item) => item.order));
      setState({ items, loaded: true });
      kick();
    })
    .catch((error) => setState({ loaded: true, storageError: describe(error) }));
}

function nextOrder(): number {
  lastOrder = Math.max(lastOrder + 1, Date.now() * 1000);
  return lastOrder;
}

type NewItem = OutboxItem extends infer T ? (T extends OutboxItem ? Omit<T, "order" | "attempts"> : never) : never;

/**
 * Adds an item: it is in memory (and on screen) at once, in IndexedDB before anything is sent.
 * Resolves when it is stored on this device.
 */
export async function enqueue(item: NewItem): Promise<void> {
  const full = { ...item, order: nextOrder(), attempts: 0 } as OutboxItem;
  setState({ items: [...state.items, full] });
  await persist(full);
  kick();
}

/**
 * Records a change to an event. While the event itself has not been sent yet, the change is folded into it
 * (one request instead of two, and no 409 from a body that changed after a first attempt).
 */
export async function changeEvent(interviewId: string, eventId: string, change: EventChange): Promise<void> {
  const { deleted, ...fields } = change;
  const pending = state.items.find(
    (item): item is Extract<OutboxItem, { type: "event" }> =>
      item.type === "event" && item.body.clientId === eventId && item.attempts === 0 && !item.failed,
  );
  if (pending && deleted === undefined) {
    const body: EventBody = { ...pending.body };
    for (const [key, value] of Object.entries(fields) as [keyof EventChange, unknown][]) {
      if (value === null || value === "") delete body[key as keyof EventBody];
      else (body as unknown as Record<string, unknown>)[key] = value;
    }
    const amended: OutboxItem = { ...pending, body };
    setState({ items: state.items.map((item) => (item === pending ? amended : item)) });
    await persist(amended);
    kick();
    return;
  }
  await enqueue({ type: "change", interviewId, eventId, body: change });
}

/** Removes a failed item the person has chosen to give up (after seeing why it failed). */
export async function discard(order: number): Promise<void> {
  setState({ items: state.items.filter((item) => item.order !== order) });
  await forget(order);
}

/** Sends a failed event again under a new id (after a 409: the server holds another event under the old one). */
export async function resendAsNew(order: number): Promise<void> {
  const item = state.items.find((candidate) => candidate.order === order);
  if (!item) return;
  await discard(order);
  if (item.type === "event")
    await enqueue({ ...item, failed: undefined, body: { ...item.body, clientId: crypto.randomUUID() } });
  else if (item.type === "snapshot")
    await enqueue({ ...item, failed: undefined, body: { ...item.body, clientId: crypto.randomUUID() } });
  else await enqueue({ ...item, failed: undefined });
}

/** Tries the queue now (after a delay, an `online` event, or a new item). */
export function kick(): void {
  if (running) {
    runAgain = true;
    return;
  }
  clearTimeout(timer);
  void drain();
}

function send(item: OutboxItem): Promise<InterviewEvent | CodeSnapshot> {
  const base = `/api/interviews/${item.interviewId}`;
  if (item.type === "event") return request<InterviewEvent>("POST", `${base}/events`, item.body);
  if (item.type === "snapshot") return request<CodeSnapshot>("POST", `${base}/snapshots`, item.body);
  return request<InterviewEvent>("PATCH", `${base}/events/${item.eventId}`, item.body);
}

/** Worth trying again: the server was not reached, was restarting, or was overloaded. */
function retryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return (
    error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 401
  );
}

async function drain(): Promise<void> {
  running = true;
  try {
    do {
      runAgain = false;
      for (;;) {
        const item = state.items.find((candidate) => !candidate.failed);
        if (!item) {
          setState({ retryError: null, retryAt: null });
          break;
        }
        if (!navigator.onLine) {
          setState({ online: false, retryAt: null });
          return;
        }
        const attempt = { ...item, attempts: item.attempts + 1 } as OutboxItem;
        replace(item, attempt);
        if (item.attempts === 0) await persist(attempt);
        try {
          const result = await send(attempt);
          failures = 0;
          for (const handler of sentHandlers) handler(attempt, result);
          setState({
            items: state.items.filter((candidate) => candidate.order !== attempt.order),
            retryError: null,
            retryAt: null,
            online: true,
          });
          await forget(attempt.order);
        } catch (error) {
          if (retryable(error)) {
            failures += 1;
            const delay = Math.min(MAX_DELAY, 500 * 2 ** (failures - 1)) * (0.8 + Math.random() * 0.4);
            setState({
              retryError:
                error instanceof ApiError && error.status === 401
                  ? "You have been signed out: sign in again to send them."
                  : error instanceof ApiError && error.status === 0
                    ? "Debrief cannot be reached."
                    : describe(error),
              retryAt: Date.now() + delay,
            });
            timer = setTimeout(kick, delay);
            return;
          }
          const status = error instanceof ApiError ? error.status : 0;
          const failed = {
            ...attempt,
            failed: {
              status,
              message:
                status === 409
                  ? "The server already holds a different version of this under the same id."
                  : describe(error),
            },
          } as OutboxItem;
          replace(attempt, failed);
          await persist(failed);
        }
      }
    } while (runAgain);
  } finally {
    running = false;
  }
}

function replace(old: OutboxItem, next: OutboxItem) {
  setState({ items: state.items.map((item) => (item.order === old.order ? next : item)) });
}

/** For the browser tests: how many items are waiting. */
export function pendingCount(items: readonly OutboxItem[] = state.items): number {
  return items.filter((item) => !item.failed).length;
}
