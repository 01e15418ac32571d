// Debrief's service worker: the cockpit keeps working when the laptop goes offline, even across a reload.
// The outbox (IndexedDB) already keeps every note; this keeps the page itself and the last interview data
// it read, so that after a reload offline the interviewer still sees the clock, the timeline and the keys.
//
// - The app shell (index.html and its hashed assets) is cached at install and refreshed on every online
//   navigation; assets are immutable (their names carry their hash), so they are served from the cache.
// - GET /api/* is network first: the cache answers only when the network does not, and only with what
//   this browser read last. It is emptied at every sign-in and sign-out, so nobody reads another's data.
// - Everything else (every write) goes straight to the network: the outbox retries writes itself. So does
//   the candidate's API (/api/candidate/*), which is never cached.
const SHELL = "debrief-shell-v1";
const DATA = "debrief-data-v1";
const INDEX = "/index.html";
const SIGN_IN_OR_OUT = new Set(["/api/session", "/api/signup", "/api/setup", "/api/invitations/accept"]);

self.addEventListener("install", (event) => {
  event.waitUntil(refreshShell().catch(() => undefined));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL && name !== DATA) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Whoever signs in or out, the data another person read stays theirs.
  if (SIGN_IN_OR_OUT.has(url.pathname) && request.method !== "GET") {
    event.waitUntil(caches.delete(DATA));
    return;
  }
  // A feedback link's own page comes from the server alone: it is not the app's shell, nor kept.
  if (url.pathname.startsWith("/c/")) return;
  if (request.method !== "GET") return;
  // A candidate's feedback is never kept: on a shared computer it must not outlive the visit.
  if (url.pathname === "/api/candidate" || url.pathname.startsWith("/api/candidate/")) return;
  if (request.mode === "navigate") event.respondWith(navigate(request));
  else if (url.pathname.startsWith("/assets/")) event.respondWith(cacheFirst(request));
  else if (url.pathname.startsWith("/api/") && url.pathname !== "/api/history/export") {
    event.respondWith(networkFirst(request));
  }
});

/** Fetches the index page, caches it and the assets it names, and drops assets it no longer names. */
async function refreshShell(response) {
  const page = response ?? (await fetch("/", { cache: "no-store" }));
  if (!page.ok) return;
  const html = await page.clone().text();
  const assets = [...new Set(html.match(/\/assets\/[^"'\s>]+/g) ?? [])];
  const cache = await caches.open(SHELL);
  await cache.put(INDEX, page.clone());
  for (const asset of assets) if (!(await cache.match(asset))) await cache.add(asset);
  for (const cached of await cache.keys()) {
    const path = new URL(cached.url).pathname;
    if (path.startsWith("/assets/") && !assets.includes(path)) await cache.delete(cached);
  }
}

async function navigate(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get("content-type") ?? "").includes("text/html")) {
      refreshShell(response.clone()).catch(() => undefined);
    }
    return response;
  } catch (error) {
    const cached = await caches.match(INDEX, { cacheName: SHELL });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: SHELL });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(SHELL)).put(request, response.clone()).catch(() => undefined);
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(DATA)).put(request, response.clone()).catch(() => undefined);
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: DATA });
    if (cached) return cached;
    throw error;
  }
}
