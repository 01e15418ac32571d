import type { FastifyReply } from "fastify";
import { SESSION_COOKIE } from "./sessions.js";

/** Hands the browser its session: HttpOnly so scripts cannot read it, SameSite so other sites cannot use it. */
export function setSessionCookie(reply: FastifyReply, session: { token: string; expiresAt: Date }, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
