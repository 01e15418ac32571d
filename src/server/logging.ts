// How Debrief logs: JSON lines (pino, through Fastify), one `reqId` per request on every line it causes, and
// never a secret. Credentials travel in headers (redacted here) and bodies (never logged); the one secret
// that travels in an address, a candidate link's token, is cut out of the logged URL.
import type { FastifyServerOptions } from "fastify";

export const withoutLinkToken = (url: string) => url.replace(/^\/c\/[^/?#]+/, "/c/[token]");

export function loggerOptions(level: string, stream?: { write(line: string): void }): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { method: string; url: string; ip?: string }) => ({
        method: request.method,
        url: withoutLinkToken(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
