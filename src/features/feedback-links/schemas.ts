// Requests and responses of candidate links, as recruiters and interviewers see them.
import { z } from "zod";
import { Id, Timestamp } from "../shared/schemas.js";

export const CandidateLink = z
  .object({
    id: Id,
    status: z.enum(["active", "expired", "revoked"]),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    revokedAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable().describe("When the candidate last continued through it."),
  })
  .meta({ id: "CandidateLink" });

export const CandidateLinks = z.object({ links: z.array(CandidateLink) }).meta({ id: "CandidateLinks" });

export const SharedLink = z
  .object({
    link: CandidateLink,
    url: z.string().describe("The address to give the candidate. Shown this once: only its hash is kept."),
    email: z
      .object({ to: z.string(), status: z.enum(["outbox", "queued", "sending", "sent", "failed"]) })
      .nullable()
      .describe("The message with the link: queued for SMTP, or kept in the outbox; null without an address."),
  })
  .meta({ id: "SharedCandidateLink" });

export const IssueLinkBody = z
  .object({ sendEmail: z.boolean({ error: "expected true or false" }).default(true) })
  .meta({ id: "IssueCandidateLinkRequest" });

export const LinkParams = z.object({ id: Id, linkId: Id });

export type CandidateLinkResponse = z.infer<typeof CandidateLink>;
export type SharedLinkResponse = z.infer<typeof SharedLink>;
