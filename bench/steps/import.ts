// Step: import a history file into a new organisation, timed from the first byte read to the commit.
import { createReadStream } from "node:fs";
import type { Db } from "../../src/data/database.js";
import { readHistory } from "../../src/features/history/read-history.js";
import { writeHistory } from "../../src/features/history/write-history.js";
import { createOrganization } from "../../src/features/organizations/create-organization.js";
import { finish, openTarget } from "./child.js";

const file = process.argv[4] as string;
const database = await openTarget();
const { organization } = await database.db.transaction((tx) =>
  createOrganization(tx as unknown as Db, {
    organizationName: "Benchmark",
    adminName: "Bench Admin",
    adminEmail: "bench@example.test",
    adminPassword: "benchmark password",
  }),
);
const started = performance.now();
const collector = await readHistory(createReadStream(file));
const readMs = performance.now() - started;
const summary = await database.db.transaction((tx) => writeHistory(tx as unknown as Db, organization.orgId, collector));
const ms = performance.now() - started;
await database.close();
finish({ ms, readMs, orgId: organization.orgId, interviews: summary.interviews.created, events: summary.events });
