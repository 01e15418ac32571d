// The headers every answer carries, and the content security policy of the web app's pages. The app loads
// nothing from elsewhere and runs no inline script, so its pages can forbid both; Mantine writes its styles
// inline, hence 'unsafe-inline' for styles alone.
import type { FastifyReply } from "fastify";

export const appPagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function setSecurityHeaders(reply: FastifyReply, https: boolean): void {
  reply.header("x-content-type-options", "nosniff");
  // Candidate pages send no referrer at all; everything else keeps it within Debrief.
  if (!reply.hasHeader("referrer-policy")) reply.header("referrer-policy", "same-origin");
  reply.header("x-frame-options", "DENY");
  reply.header("cross-origin-opener-policy", "same-origin");
  reply.header("cross-origin-resource-policy", "same-origin");
  reply.header("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  // Only behind https: over plain http (a laptop, a test) it would be ignored, or wrongly remembered.
  if (https) reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
}
