import { eq, sql } from "drizzle-orm";
import type { Db } from "../../data/database.js";
import { organizations } from "../../data/schema.js";
import { conflict, notFound } from "../../domain/errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds an organisation by its id or, failing that, its exact name (the CLI's `--org`). */
export async function findOrganization(db: Db, idOrName: string) {
  if (UUID.test(idOrName)) {
    const [byId] = await db.select().from(organizations).where(eq(organizations.orgId, idOrName.toLowerCase()));
    if (byId) return byId;
  }
  const byName = await db.select().from(organizations).where(sql`lower(${organizations.name}) = lower(${idOrName})`);
  if (byName.length > 1) {
    const ids = byName.map((o) => o.orgId).join(", ");
    throw conflict(`More than one organisation is named "${idOrName}" (${ids}): give its id instead.`);
  }
  if (!byName[0]) throw notFound(`The organisation "${idOrName}"`);
  return byName[0];
}
