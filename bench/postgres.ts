// Benchmark databases on a PostgreSQL server: created fresh beside the given URL and dropped afterwards.
import pg from "pg";

export async function withServerDatabase(
  baseUrl: string,
  work: (database: (name: string) => Promise<string>) => Promise<void>,
) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const created: string[] = [];
  const database = async (name: string) => {
    const db = `debrief_bench_${name}`;
    if (!created.includes(db)) {
      await admin.query(`drop database if exists ${db} with (force)`);
      await admin.query(`create database ${db}`);
      created.push(db);
    }
    const url = new URL(baseUrl);
    url.pathname = `/${db}`;
    return url.toString();
  };
  try {
    await work(database);
  } finally {
    for (const db of created) await admin.query(`drop database if exists ${db} with (force)`);
    await admin.end();
  }
}

/**
 * Adds (factor - 1) more copies of an organisation's candidates, interviews (with their assessments,
 * self-assessments and ratings) and outcomes and offers, in SQL, for the report at ten times the scale.
 * Events are not copied: the report reads each interview's event summary, never the events.
 */
export async function multiplyHistory(url: string, orgId: string, factor: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    for (let k = 1; k < factor; k++) {
      await client.query(
        `create temp table map_c on commit drop as select id as old, gen_random_uuid() as new from candidates where org_id = $1 and external_id not like '%#%';
         create temp table map_i on commit drop as select id as old, gen_random_uuid() as new from interviews where org_id = $1 and external_id not like '%#%';`.replaceAll(
          "$1",
          `'${orgId}'`,
        ),
      );
      await client.query(
        `insert into candidates (org_id, id, external_id, name, email)
           select org_id, m.new, external_id || '#${k}', name, null from candidates c join map_c m on m.old = c.id where org_id = '${orgId}';
         insert into interviews (org_id, id, external_id, candidate_id, interviewer_id, question_id, question_version, started_at, duration_minutes, feedback_shared_at, hint_count, coding_started_sec, layer_completed_sec)
           select i.org_id, mi.new, i.external_id || '#${k}', mc.new, i.interviewer_id, i.question_id, i.question_version, i.started_at, i.duration_minutes, i.feedback_shared_at, i.hint_count, i.coding_started_sec, i.layer_completed_sec
           from interviews i join map_i mi on mi.old = i.id join map_c mc on mc.old = i.candidate_id where i.org_id = '${orgId}';
         insert into assessments (org_id, interview_id, scores, overall, advance) select a.org_id, m.new, a.scores, a.overall, a.advance from assessments a join map_i m on m.old = a.interview_id where a.org_id = '${orgId}';
         insert into self_assessments (org_id, interview_id, scores, overall, thinks_passed) select s.org_id, m.new, s.scores, s.overall, s.thinks_passed from self_assessments s join map_i m on m.old = s.interview_id where s.org_id = '${orgId}';
         insert into candidate_ratings (org_id, interview_id, would_return) select r.org_id, m.new, r.would_return from candidate_ratings r join map_i m on m.old = r.interview_id where r.org_id = '${orgId}';
         insert into outcomes (org_id, id, candidate_id, at, passed, company, stage) select o.org_id, gen_random_uuid(), m.new, o.at, o.passed, o.company, o.stage from outcomes o join map_c m on m.old = o.candidate_id where o.org_id = '${orgId}' and o.dedupe_key is not null;
         insert into offers (org_id, id, candidate_id, at, accepted, feedback_given) select o.org_id, gen_random_uuid(), m.new, o.at, o.accepted, o.feedback_given from offers o join map_c m on m.old = o.candidate_id where o.org_id = '${orgId}' and o.dedupe_key is not null;
         drop table map_c; drop table map_i;`,
      );
    }
    await client.query("commit");
    await client.query("analyze");
  } finally {
    await client.end();
  }
}
