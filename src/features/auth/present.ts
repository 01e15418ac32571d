import type { organizations, users } from "../../data/schema.js";
import type { MeResponse } from "./schemas.js";

export function presentMe(
  user: typeof users.$inferSelect,
  organization: typeof organizations.$inferSelect,
): MeResponse {
  return {
    // Only people with an email can sign in, so a signed-in person always has one.
    user: { id: user.id, name: user.name, email: user.email ?? "", role: user.role },
    organization: { id: organization.orgId, name: organization.name },
  };
}
