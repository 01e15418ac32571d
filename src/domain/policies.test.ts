import { describe, expect, it } from "vitest";
import {
  canCreateTokens,
  canInvitePeople,
  canManagePeople,
  canManageToken,
  canReadEmail,
  canSeePeople,
  canSendInvitations,
  type Principal,
} from "./policies.js";
import { type Role, roles } from "./roles.js";

const as = (role: Role, via: Principal["via"] = "session"): Principal => ({ orgId: "o", userId: "u", role, via });

describe("the permission matrix", () => {
  it.each([
    ["see people", canSeePeople, ["admin", "recruiter"]],
    ["manage people", canManagePeople, ["admin"]],
    ["invite people", canInvitePeople, ["admin"]],
    ["read the email outbox", canReadEmail, ["admin"]],
  ] as const)("lets only the right roles %s", (_, policy, allowed) => {
    for (const role of roles) expect(policy(as(role)), role).toBe((allowed as readonly Role[]).includes(role));
  });

  it("keeps API tokens to their owner, and out of reach of other tokens", () => {
    expect(canManageToken(as("admin"), "u")).toBe(true);
    expect(canManageToken(as("admin"), "someone else")).toBe(false);
    expect(canCreateTokens(as("interviewer"))).toBe(true);
    expect(canCreateTokens(as("admin", "token"))).toBe(false);
  });

  it("sends invitations from an admin's session only: an invitation makes an account, which could make tokens", () => {
    expect(canSendInvitations(as("admin"))).toBe(true);
    expect(canSendInvitations(as("admin", "token"))).toBe(false);
    expect(canSendInvitations(as("recruiter"))).toBe(false);
  });
});
