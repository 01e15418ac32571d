// The database schema. Every table carries org_id and every primary key starts with it, so the
// whole schema can be distributed by organisation (Citus) without changing a query.
import { sql } from "drizzle-orm";
import { foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { type Role, roles } from "../domain/roles.js";

export type { Role };

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const organizations = pgTable("organizations", {
  orgId: uuid("org_id").primaryKey(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.orgId),
    id: uuid("id").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    // Null for people who cannot sign in (for instance interviewers brought in by an import).
    passwordHash: text("password_hash"),
    deactivatedAt: at("deactivated_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("users_org_email_idx").on(t.orgId, sql`lower(${t.email})`),
    // Sign-in arrives with an email and no organisation.
    index("users_email_idx").on(sql`lower(${t.email})`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("sessions_token_idx").on(t.orgId, t.tokenHash),
    index("sessions_user_idx").on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("cascade"),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").notNull(),
    createdAt: createdAt(),
    expiresAt: at("expires_at").notNull(),
    acceptedAt: at("accepted_at"),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("invitations_token_idx").on(t.orgId, t.tokenHash),
    foreignKey({ columns: [t.orgId, t.invitedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("api_tokens_token_idx").on(t.orgId, t.tokenHash),
    index("api_tokens_user_idx").on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("cascade"),
  ],
);
