import { type LinkRow, linkStatus } from "./links.js";
import type { CandidateLinkResponse, SharedLinkResponse } from "./schemas.js";
import type { SharedLink } from "./share.js";

export function presentLink(row: LinkRow): CandidateLinkResponse {
  return {
    id: row.id,
    status: linkStatus(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export function presentSharedLink(shared: SharedLink): SharedLinkResponse {
  return {
    link: presentLink(shared.link),
    url: shared.url,
    email: shared.email ? { to: shared.email.to, status: shared.email.status } : null,
  };
}
