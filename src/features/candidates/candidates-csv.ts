// The candidates list as a spreadsheet, with the same search as the Candidates page: the names, addresses
// and external ids people typed, neutralised so that no cell runs as a formula (domain/csv.ts).
import type { Db } from "../../data/database.js";
import { toCsv } from "../../domain/csv.js";
import { listCandidates } from "./candidates.js";

const PAGE = 200;

export async function candidatesCsv(db: Db, orgId: string, search?: string): Promise<string> {
  const rows: (string | number | null)[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listCandidates(db, orgId, { ...(search ? { search } : {}), limit: PAGE, offset });
    for (const candidate of page.candidates) {
      rows.push([
        candidate.name,
        candidate.email,
        candidate.externalId,
        candidate.interviews,
        candidate.lastInterviewAt?.toISOString() ?? null,
        candidate.erasedAt?.toISOString() ?? null,
      ]);
    }
    if (page.candidates.length < PAGE) break;
  }
  return toCsv(["name", "email", "external id", "interviews", "last interview", "erased"], rows);
}
