import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';

/** /healthz: the process answers. /readyz: the database answers too (load balancers route on this). */
export function healthRoutes(app: FastifyInstance, deps: Deps, isShuttingDown: () => boolean): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    if (isShuttingDown()) return reply.code(503).send({ status: 'shutting-down' });
    try {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database-unavailable' });
    }
  });
}
