import { z } from "zod";
import { Id, Timestamp } from "../shared/schemas.js";

export const CreateTokenBody = z
  .object({
    name: z.string().trim().min(1, "expected a name for the token").max(100, "expected at most 100 characters"),
  })
  .meta({ id: "CreateApiTokenRequest" });

export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: "ApiToken" });

export const CreatedApiToken = ApiToken.extend({
  token: z.string().describe("The secret to send as 'Authorization: Bearer <token>'. It is shown only once."),
}).meta({ id: "CreatedApiToken" });

export const ApiTokenList = z.object({ tokens: z.array(ApiToken) }).meta({ id: "ApiTokenList" });

export type ApiTokenResponse = z.infer<typeof ApiToken>;
