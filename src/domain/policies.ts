// Who may do what. Every route asks one of these named questions before it calls a service function,
// so the permission matrix lives in one place and is tested on plain data.
import type { Role } from "./roles.js";

/** The person a request acts for, established from a session cookie or an API token. */
export interface Principal {
  orgId: string;
  userId: string;
  role: Role;
  via: "session" | "token";
}

export const canManagePeople = (p: Principal) => p.role === "admin";
export const canInvitePeople = (p: Principal) => p.role === "admin";
/**
 * An invitation's answer carries a link that makes a new account, which could then make tokens: so, like
 * tokens, invitations are sent from a signed-in session, never with a token.
 */
export const canSendInvitations = (p: Principal) => p.role === "admin" && p.via === "session";
export const canSeePeople = (p: Principal) => p.role === "admin" || p.role === "recruiter";
/** API tokens belong to the person who made them: nobody else lists or revokes them. */
export const canManageToken = (p: Principal, tokenOwnerId: string) => p.userId === tokenOwnerId;
/** A token cannot mint more tokens: a leaked token must not be able to outlive its own revocation. */
export const canCreateTokens = (p: Principal) => p.via === "session";
export const canImportHistory = (p: Principal) => p.role === "admin";
export const canExportHistory = (p: Principal) => p.role === "admin" || p.role === "recruiter";
/** The organisation-wide report: every interviewer's calibration is not for every interviewer to read. */
export const canSeeAnalytics = (p: Principal) => p.role === "admin" || p.role === "recruiter";
export const canSeeCandidates = (p: Principal) => p.role === "admin" || p.role === "recruiter";
export const canRecordOutcomes = (p: Principal) => p.role === "admin" || p.role === "recruiter";
/** Questions are written by the people who run interviews, and by admins. */
export const canAuthorQuestions = (p: Principal) => p.role === "admin" || p.role === "interviewer";
/** Recruiters and admins schedule interviews for anyone; an interviewer schedules their own. */
export const canScheduleFor = (p: Principal, interviewerId: string) =>
  p.role === "admin" || p.role === "recruiter" || p.userId === interviewerId;
/** Every interview is visible to admins and recruiters; an interviewer sees their own. */
export const canSeeInterview = (p: Principal, interview: { interviewerId: string }) =>
  p.role === "admin" || p.role === "recruiter" || p.userId === interview.interviewerId;
/** Only the interviewer running an interview takes its notes. */
export const canTakeNotes = (p: Principal, interview: { interviewerId: string }) =>
  p.userId === interview.interviewerId;
export const canManageHintTopics = (p: Principal) => p.role === "admin";
/** The assessment is the interviewer's own judgement: only they write it. */
export const canAssess = (p: Principal, interview: { interviewerId: string }) => p.userId === interview.interviewerId;
/** The interviewer writes and releases feedback; recruiters and admins, who own the candidate, may too. */
export const canWriteFeedback = (p: Principal, interview: { interviewerId: string }) =>
  p.role === "admin" || p.role === "recruiter" || p.userId === interview.interviewerId;
export const canManageFeedbackSettings = (p: Principal) => p.role === "admin";
export const canReadAuditLog = (p: Principal) => p.role === "admin";
/** Messages hold candidates' links and addresses: the outbox is for admins. */
export const canReadEmail = (p: Principal) => p.role === "admin";
/** Erasing a candidate cannot be undone, and retention and legal holds decide erasures: admins only. */
export const canEraseCandidates = (p: Principal) => p.role === "admin";
export const canManageDataPolicy = (p: Principal) => p.role === "admin";
