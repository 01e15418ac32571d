// What a database holds, table by table, as a count and an md5 of its rows' text (each row as JSON, in a
// stable order): two databases, or one database before and after, compare with one toEqual, and a
// difference names the table.
import type { Database } from "../data/database.js";

export interface DigestOptions {
  /** The schemas whose tables are digested; by default `public`, where Debrief's tables are. */
  schemas?: string[];
  /** Only this organisation's rows, of the tables that carry an org_id. */
  orgId?: string;
  /** Columns left out of every row (say, when a credential was last used). */
  ignoreColumns?: string[];
  /** Rows left out, by table: a SQL condition on the row's columns. */
  exclude?: Record<string, string>;
}

/** Keyed by table name (`schema.table` outside `public`); each value `count:md5`. */
export async function tableDigest(
  database: Pick<Database, "executeSql">,
  options: DigestOptions = {},
): Promise<Record<string, string>> {
  const schemas = options.schemas ?? ["public"];
  const inSchemas = `table_schema in (${schemas.map((schema) => `'${schema.replaceAll("'", "''")}'`).join(", ")})`;
  const { rows: tables } = await database.executeSql(
    options.orgId
      ? `select table_schema as s, table_name as t from information_schema.columns
         where column_name = 'org_id' and ${inSchemas} order by 1, 2`
      : `select table_schema as s, table_name as t from information_schema.tables
         where table_type = 'BASE TABLE' and ${inSchemas} order by 1, 2`,
  );
  const dropped = (options.ignoreColumns ?? []).map((column) => ` - '${column}'`).join("");
  const digest: Record<string, string> = {};
  for (const { s: schema, t: table } of tables) {
    const conditions = [
      ...(options.orgId ? ["org_id = $1"] : []),
      ...(options.exclude?.[table as string] ? [`not (${options.exclude[table as string]})`] : []),
    ];
    const { rows } = await database.executeSql(
      `select count(*)::int as n, md5(coalesce(string_agg(x, '|' order by x), '')) as d
       from (select (to_jsonb(r)${dropped})::text as x from "${schema}"."${table}" r
             ${conditions.length > 0 ? `where ${conditions.join(" and ")}` : ""}) rows`,
      options.orgId ? [options.orgId] : undefined,
    );
    digest[schema === "public" ? (table as string) : `${schema}.${table}`] = `${rows[0]?.n}:${rows[0]?.d}`;
  }
  return digest;
}
