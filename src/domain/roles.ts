// The roles a person can hold in an organisation. Shared by the server and the web app.
export const roles = ["admin", "recruiter", "interviewer"] as const;
export type Role = (typeof roles)[number];
