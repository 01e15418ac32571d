// Whether a request comes from Debrief's own pages. A browser says where a request comes from in
// Sec-Fetch-Site (every current browser) and Origin (on writes); a request that names another site is a
// cross-site request, which a cookie must not carry into a change (CSRF). Requests that name no site at all
// (curl, API clients, old browsers on a plain GET form) are not browsers acting for another site.
import type { FastifyRequest } from "fastify";

export function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers["sec-fetch-site"];
  if (typeof site === "string") return site !== "same-origin" && site !== "none";
  const origin = request.headers.origin;
  // Origin: null is what a page with no referrer posts; only Sec-Fetch-Site could say more of it.
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
