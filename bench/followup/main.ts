/**
 * `npm run bench -- followup [--sizes 100000,300000,1000000] [--pglite-max 300000] [--queries 60]`
 *
 * A synthetic region: N residents, 20% with hypertension and 8% with type 2 diabetes, each enrolled
 * five years ago with a face-to-face follow-up every ~91 days (30% fell behind in the last half year).
 * Measures the nightly planning run (first night: plans every task; second night: steady state) and
 * the family-doctor panel queries (p50/p95 over random doctors), on PostgreSQL (TEST_DATABASE_URL or
 * DATABASE_URL) and on embedded PGlite (file-backed). Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURRENT_PROTOCOL } from '@yizhu/core';
import { sql, type Kysely } from 'kysely';
import { migrate, openDatabase, scratchPostgres, type Database } from '@yizhu/server';
import type { DB } from '@yizhu/server/db/schema.ts';
import { runNightlyPlanning } from '@yizhu/server/followup/nightly-planning.ts';
import { listPanel, patientTrend } from '@yizhu/server/followup/panel-query.ts';

const TODAY = '2026-11-22';
const NOW = new Date('2026-11-22T18:00:00Z'); // 02:00 the next morning in the clinic, when cron runs
const PER_DOCTOR = 1500; // a family doctor's contracted residents (issue 8: 1–2 thousand)

function opt(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

const ms = (t0: number) => Math.round(performance.now() - t0);

/** Builds the region with set-based SQL (the same statements on both engines). */
interface RegionRows {
  doctors: number;
  residents: number;
  enrolments: number;
  checkins: number;
}

async function buildRegion(db: Kysely<DB>, residents: number): Promise<{ rows: RegionRows; ms: number }> {
  const t0 = performance.now();
  const doctors = Math.max(1, Math.ceil(residents / PER_DOCTOR));
  const h = CURRENT_PROTOCOL.hypertension;
  const d = CURRENT_PROTOCOL.t2dm;
  const org = await db
    .insertInto('organisations')
    .values({ name: 'bench region' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const dept = await db
    .insertInto('departments')
    .values({ org_id: org.id, code: 'GP', name_zh: '全科', name_en: 'GP' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO users (org_id, department_id, username, display_name, role, password_hash)
    SELECT ${org.id}, ${dept.id}, 'bench.dr' || lpad(g::text, 5, '0'), 'Dr ' || g, 'doctor', 'x'
    FROM generate_series(1, ${doctors}) g`.execute(db);
  await sql`INSERT INTO patients (org_id, mrn, name, sex, birth_date)
    SELECT ${org.id}, 'B' || g, '居民' || g, CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END,
      date '1936-01-01' + ((g::bigint * 7919) % 18000)::int
    FROM generate_series(1, ${residents}) g`.execute(db);
  for (const [programme, p, where] of [
    ['hypertension', h, sql`p.n % 5 = 0`],
    ['t2dm', d, sql`p.n % 25 IN (1, 2)`],
  ] as const) {
    await sql`INSERT INTO followup_enrolments (org_id, patient_id, programme, protocol_id, protocol_version,
        doctor_id, department_id, enrolled_on, source, status)
      SELECT ${org.id}, p.id, ${programme}, ${p.id}, ${p.version}, dr.id, ${dept.id},
        ${TODAY}::date - 1780 - (p.n % 90), 'doctor', 'active'
      FROM (SELECT id, substr(mrn, 2)::int AS n FROM patients WHERE org_id = ${org.id}) p
      JOIN (SELECT id, (row_number() OVER (ORDER BY username))::int - 1 AS k FROM users
            WHERE org_id = ${org.id} AND role = 'doctor') dr ON dr.k = p.n % ${doctors}
      WHERE ${where}`.execute(db);
  }
  // Five years of face-to-face visits; 30% missed the last two (they will be overdue). A bulk load
  // like a restore: foreign-key triggers off for this one statement (the rows are made consistent).
  await sql`SET session_replication_role = replica`.execute(db);
  await sql`INSERT INTO followup_checkins (org_id, patient_id, source, recorded_by, enrolment_id, measured_on,
      submitted_at, systolic, diastolic, glucose_value, glucose_unit, glucose_mmol, bp_plausible, content_hash)
    SELECT e.org_id, e.patient_id, 'face_to_face', e.doctor_id, e.id, e.enrolled_on + k * 91 + (x % 15),
      now(), 118 + (x % 45), 68 + (x % 28),
      CASE WHEN e.programme = 't2dm' THEN 5.2 + (x % 50) / 10.0 END,
      CASE WHEN e.programme = 't2dm' THEN 'mmol/L' END,
      CASE WHEN e.programme = 't2dm' THEN 5.2 + (x % 50) / 10.0 END,
      true, md5(e.id::text || k)
    FROM followup_enrolments e
    CROSS JOIN generate_series(0, 19) k
    CROSS JOIN LATERAL (SELECT abs(hashtext(e.id::text || k)) AS x) hx
    WHERE e.enrolled_on + k * 91 + 14 <= ${TODAY}::date
      AND NOT (k >= 18 AND abs(hashtext(e.id::text)) % 10 < 3)`.execute(db);
  await sql`SET session_replication_role = DEFAULT`.execute(db);
  await sql`ANALYZE`.execute(db);
  const count = async (t: string) =>
    Number(
      (await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(t)}`.execute(db)).rows[0]!.n,
    );
  return {
    rows: {
      doctors,
      residents: await count('patients'),
      enrolments: await count('followup_enrolments'),
      checkins: await count('followup_checkins'),
    },
    ms: ms(t0),
  };
}

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}

async function measure(label: string, database: Database, residents: number, queries: number) {
  const db = database.db;
  await migrate(db);
  const built = await buildRegion(db, residents);
  console.log(`  [${label} ${residents}] region built in ${(built.ms / 1000).toFixed(1)} s`, built.rows);
  const nights = [];
  for (const night of ['first', 'second']) {
    const t0 = performance.now();
    const r = await runNightlyPlanning(db, NOW, TODAY, []);
    const total = ms(t0);
    nights.push({ night, total, r });
    console.log(
      `  [${label} ${residents}] ${night} night: ${(total / 1000).toFixed(1)} s`,
      `tasks+${r.tasksCreated} changed ${r.statesChanged} overdue ${r.overdueNotified} escalated ${r.escalated} control ${r.controlStatusChanged}`,
      JSON.stringify(r.timings),
    );
  }
  const doctors = await db.selectFrom('users').select('id').where('role', '=', 'doctor').execute();
  const patients = await db.selectFrom('followup_enrolments').select('patient_id').limit(5000).execute();
  const timings: Record<string, number[]> = { all: [], overdue: [], due_week: [], trend: [] };
  for (let i = 0; i < queries; i++) {
    const doctorId = doctors[(i * 7919) % doctors.length]!.id;
    for (const filter of ['all', 'overdue', 'due_week'] as const) {
      const t0 = performance.now();
      await listPanel(db, { doctorId, today: TODAY, filter });
      timings[filter]!.push(performance.now() - t0);
    }
    const t0 = performance.now();
    await patientTrend(db, patients[(i * 104729) % patients.length]!.patient_id);
    timings.trend!.push(performance.now() - t0);
  }
  const panel = Object.fromEntries(
    Object.entries(timings).map(([k, v]) => [k, { p50: pct(v, 50), p95: pct(v, 95) }]),
  );
  console.log(`  [${label} ${residents}] panel ms`, JSON.stringify(panel));
  return {
    label,
    ...built.rows,
    buildS: built.ms / 1000,
    first: nights[0]!.total / 1000,
    second: nights[1]!.total / 1000,
    panel,
  };
}

export async function run(args: string[]): Promise<void> {
  const sizes = opt(args, 'sizes', '100000,300000,1000000').split(',').map(Number);
  const pgliteMax = Number(opt(args, 'pglite-max', '300000'));
  const queries = Number(opt(args, 'queries', '60'));
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const results = [];
  for (const n of sizes) {
    if (base) {
      const scratch = await scratchPostgres(base, 'yizhu_bench_fu');
      const database = await openDatabase({ url: scratch.url });
      try {
        results.push(await measure('postgres', database, n, queries));
      } finally {
        await database.close();
        await scratch.drop();
      }
    }
    if (n <= pgliteMax) {
      const dir = mkdtempSync(join(tmpdir(), 'yizhu-bench-fu-'));
      const database = await openDatabase({ dataDir: join(dir, 'pglite') });
      try {
        results.push(await measure('pglite', database, n, queries));
      } finally {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.log('\nfollow-up region planning (seconds; panel p95 in ms)');
  console.log('engine    residents  enrolments  check-ins  build  night1  night2  panel-all  overdue  trend');
  for (const r of results) {
    console.log(
      [
        r.label.padEnd(8),
        String(r.residents).padStart(10),
        String(r.enrolments).padStart(11),
        String(r.checkins).padStart(10),
        r.buildS.toFixed(1).padStart(6),
        r.first.toFixed(1).padStart(7),
        r.second.toFixed(1).padStart(7),
        String(r.panel.all!.p95).padStart(10),
        String(r.panel.overdue!.p95).padStart(8),
        String(r.panel.trend!.p95).padStart(6),
      ].join(' '),
    );
  }
}
