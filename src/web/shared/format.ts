import type { Role } from "../api/types";

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  interviewer: "Interviewer",
};

/** "an admin", "a recruiter": for sentences such as "You have been invited as …". */
export const roleWithArticle: Record<Role, string> = {
  admin: "an admin",
  recruiter: "a recruiter",
  interviewer: "an interviewer",
};

export const roleDescriptions: Record<Role, string> = {
  admin: "Manages people, invitations and the organisation's settings.",
  recruiter: "Sees the organisation's people and works with candidates and feedback.",
  interviewer: "Runs interviews, takes notes and writes feedback.",
};

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((role) => ({
  value: role,
  label: roleLabels[role],
}));

export function canSeePeople(role: Role): boolean {
  return role === "admin" || role === "recruiter";
}

export const canSeeAnalytics = canSeePeople;
export const canSeeCandidates = canSeePeople;
export const canExportHistory = canSeePeople;
export function canImportHistory(role: Role): boolean {
  return role === "admin";
}

const wholeNumber = new Intl.NumberFormat("en-GB");

/** 2075 → "2,075". */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** A rate from 0 to 1 → "43%"; no rate → "–". */
export function formatPercent(rate: number | null, digits = 0): string {
  return rate === null ? "–" : `${(rate * 100).toFixed(digits)}%`;
}

/** A signed number with a real minus sign: "+0.42", "−0.31". */
export function formatSigned(value: number, digits = 2): string {
  const rounded = value.toFixed(digits);
  if (Number(rounded) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${rounded}` : `−${rounded.slice(1)}`;
}

/** An interval → "−0.10 to +0.52". */
export function formatInterval([low, high]: readonly [number, number], digits = 2): string {
  return `${formatSigned(low, digits)} to ${formatSigned(high, digits)}`;
}

/** "1 interview", "3 interviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** Questions are written by the people who run interviews, and by admins. */
export function canAuthorQuestions(role: Role): boolean {
  return role === "admin" || role === "interviewer";
}

/** Recruiters and admins schedule for anyone; an interviewer only for themselves. */
export const canScheduleForAnyone = canSeePeople;
