import { count } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations, users } from "../../data/schema.js";
import { hashPassword } from "../auth/passwords.js";
import { newId } from "../auth/secrets.js";

export interface NewOrganization {
  organizationName: string;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
}

/** Creates an organisation with its first admin. Call it inside a transaction. */
export async function createOrganization(db: Db, input: NewOrganization) {
  const passwordHash = await hashPassword(input.adminPassword);
  const orgId = newId();
  const [organization] = await db.insert(organizations).values({ orgId, name: input.organizationName }).returning();
  const [admin] = await db
    .insert(users)
    .values({
      orgId,
      id: newId(),
      name: input.adminName,
      email: input.adminEmail,
      role: "admin",
      passwordHash,
    })
    .returning();
  if (!organization || !admin) throw new Error("insert returned no row");
  return { organization, admin };
}

export async function countOrganizations(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organizations);
  return Number(row?.n ?? 0);
}
