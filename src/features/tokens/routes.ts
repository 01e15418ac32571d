import type { apiTokens } from "../../data/schema.js";
import { canCreateTokens } from "../../domain/policies.js";
import { type App, inTransaction } from "../../server/context.js";
import { authorize, requirePrincipal } from "../auth/authenticate.js";
import { ErrorResponse, IdParams } from "../shared/schemas.js";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.js";
import { ApiToken, ApiTokenList, type ApiTokenResponse, CreatedApiToken, CreateTokenBody } from "./schemas.js";

const tags = ["api tokens"];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

function presentToken(row: typeof apiTokens.$inferSelect): ApiTokenResponse {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function tokenRoutes(app: App) {
  const db = () => app.ctx.database.db;

  app.get(
    "/api/tokens",
    { schema: { tags, summary: "My API tokens", response: { 200: ApiTokenList, ...errors } } },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const rows = await listApiTokens(db(), principal);
      return { tokens: rows.map(presentToken) };
    },
  );

  app.post(
    "/api/tokens",
    {
      schema: {
        tags,
        summary: "Create an API token that acts as me; the secret is in the response, once",
        body: CreateTokenBody,
        response: { 201: CreatedApiToken, ...errors },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(db(), request);
      authorize(canCreateTokens(principal), "API tokens are created from a signed-in session, not with another token.");
      const { token, secret } = await inTransaction(app, (tx) => createApiToken(tx, principal, request.body.name));
      return reply.code(201).send({ ...presentToken(token), token: secret });
    },
  );

  app.delete(
    "/api/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of my API tokens",
        params: IdParams,
        response: { 200: ApiToken, ...errors },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      return presentToken(await inTransaction(app, (tx) => revokeApiToken(tx, principal, request.params.id)));
    },
  );
}
