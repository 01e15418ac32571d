import { z } from "zod";
import { Problem } from "../../domain/errors.js";
import { type App, inTransaction } from "../../server/context.js";
import { recordAudit } from "../feedback/audit.js";
import { countOrganizations } from "../organizations/create-organization.js";
import { ErrorResponse } from "../shared/schemas.js";
import { createThrottle } from "../shared/throttle.js";
import { auditFailedSignIn } from "./audit-refusal.js";
import { requirePrincipal } from "./authenticate.js";
import { guessingLimits, SIGN_IN_LIMITS, SIGN_UP_LIMIT, throwIfWaiting } from "./guessing.js";
import { presentMe } from "./present.js";
import { Me, SetupStatus, SignInBody, SignupBody } from "./schemas.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";
import { endSession, getMe, SESSION_COOKIE } from "./sessions.js";
import { signIn } from "./sign-in.js";
import { signUp } from "./sign-up.js";

const tags = ["session"];

export async function authRoutes(app: App) {
  const { config } = app.ctx;
  const db = () => app.ctx.database.db;
  const signInGuesses = guessingLimits("sign-ins", "sign-in", SIGN_IN_LIMITS, db);
  // Every sign-up counts, whatever its outcome: an address making organisations by the dozen is refused.
  const signUps = createThrottle({ scope: "sign-up:address", ...SIGN_UP_LIMIT, db });

  app.get(
    "/api/setup",
    {
      schema: {
        tags,
        summary: "Whether this instance still needs its first organisation",
        response: { 200: SetupStatus },
      },
    },
    async () => {
      const organizations = await countOrganizations(db());
      return { needsSetup: organizations === 0, signupOpen: config.signup === "open" || organizations === 0 };
    },
  );

  app.post(
    "/api/signup",
    {
      schema: {
        tags,
        summary: "Create an organisation with its admin, and sign in as that admin",
        body: SignupBody,
        response: { 201: Me, 400: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      throwIfWaiting(await signUps.retryAfter(request.ip), "Too many sign-ups from this address");
      await signUps.count(request.ip);
      const result = await inTransaction(app, (tx) => signUp(tx, request.body, config.signup));
      setSessionCookie(reply, result.session, config.secureCookies);
      return reply.code(201).send(presentMe(result.user, result.organization));
    },
  );

  app.post(
    "/api/session",
    {
      schema: {
        tags,
        summary: "Sign in with email and password",
        body: SignInBody,
        response: { 200: Me, 400: ErrorResponse, 401: ErrorResponse, 409: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const keys = { address: request.ip, account: request.body.email };
      await signInGuesses.check(keys);
      const result = await inTransaction(app, async (tx) => {
        const signedIn = await signIn(tx, request.body);
        await recordAudit(tx, {
          orgId: signedIn.user.orgId,
          actorId: signedIn.user.id,
          action: "auth.signed_in",
          details: { address: request.ip },
        });
        return signedIn;
      }).catch(async (error) => {
        if (error instanceof Problem && error.kind === "unauthenticated") {
          await signInGuesses.fail(keys);
          await auditFailedSignIn(app.ctx.database.db, request, request.body.email).catch((cause) =>
            request.log.warn({ err: cause }, "could not audit a failed sign-in"),
          );
        }
        throw error;
      });
      setSessionCookie(reply, result.session, config.secureCookies);
      return presentMe(result.user, result.organization);
    },
  );

  app.delete(
    "/api/session",
    { schema: { tags, summary: "Sign out", response: { 204: z.null().describe("Signed out") } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession(db(), token);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/me",
    { schema: { tags, summary: "Who is signed in", response: { 200: Me, 401: ErrorResponse } } },
    async (request) => {
      const principal = await requirePrincipal(db(), request);
      const { user, organization } = await getMe(db(), principal);
      return presentMe(user, organization);
    },
  );
}
