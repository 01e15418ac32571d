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
