import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A new, empty database on the server named by `baseUrl`, and a way to drop it again. Tests and
 * benchmarks use it so that PostgreSQL runs never share or leave state behind.
 */
export async function scratchPostgres(
  baseUrl: string,
  prefix = 'yizhu_scratch',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
