import type { Db } from "../../data/database.js";
import { Problem } from "../../domain/errors.js";
import { countOrganizations, createOrganization } from "../organizations/create-organization.js";
import { createSession } from "./sessions.js";

export interface SignupInput {
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

/** Creates an organisation with its admin and signs the admin in. Closed sign-up still allows the very first one. */
export async function signUp(db: Db, input: SignupInput, signup: "open" | "closed") {
  if (signup === "closed" && (await countOrganizations(db)) > 0) {
    throw new Problem(
      "forbidden",
      "Sign-up is closed on this instance: ask an admin of your organisation for an invitation.",
    );
  }
  const { organization, admin } = await createOrganization(db, {
    organizationName: input.organizationName,
    adminName: input.name,
    adminEmail: input.email,
    adminPassword: input.password,
  });
  const session = await createSession(db, organization.orgId, admin.id);
  return { organization, user: admin, session };
}
