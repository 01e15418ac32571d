// Bearer secrets (session cookies, API tokens, invitation links). Each carries 256 random bits and the
// organisation it belongs to, so it can be looked up within that organisation alone; only its SHA-256
// hash is stored, so a copy of the database does not hand out working credentials.
import { createHash, randomBytes, randomUUID } from "node:crypto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface IssuedSecret {
  /** What the holder presents: never stored. */
  token: string;
  tokenHash: string;
}

export function issueSecret(orgId: string, prefix: string): IssuedSecret {
  const secret = randomBytes(32).toString("base64url");
  const token = `${prefix}_${orgId.replaceAll("-", "")}_${secret}`;
  return { token, tokenHash: hashSecret(token) };
}

export function hashSecret(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The organisation a presented secret claims to belong to, or undefined when it is malformed. */
export function parseSecret(token: string, prefix: string): { orgId: string; tokenHash: string } | undefined {
  const match = /^([a-z]+)_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || match[1] !== prefix) return undefined;
  const hex = match[2] as string;
  const orgId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (!UUID.test(orgId)) return undefined;
  return { orgId, tokenHash: hashSecret(token) };
}

export const newId = () => randomUUID();
