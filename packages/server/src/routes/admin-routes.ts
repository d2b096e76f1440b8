import { canManageUsers, forbidden, notFound, type Principal } from '@yizhu/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { createUser } from '../auth/create-user.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';

// The admin API creates staff accounts; patient accounts are linked to a patient record by the CLI.
const createBody = z.strictObject({
  username: fields.username,
  displayName: fields.personName,
  role: z.enum(['doctor', 'nurse', 'admin']),
  departmentId: fields.id.optional(),
  password: fields.password,
});
const idParams = z.strictObject({ id: fields.id });

function requireAdmin(req: FastifyRequest): Principal {
  const p = requirePrincipal(req);
  if (!canManageUsers(p)) throw forbidden('administrators only');
  return p;
}

export function adminRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/admin/users', async (req) => {
    const p = requireAdmin(req);
    const rows = await deps.db
      .selectFrom('users as u')
      .leftJoin('departments as d', 'd.id', 'u.department_id')
      .select([
        'u.id',
        'u.username',
        'u.display_name',
        'u.role',
        'u.disabled_at',
        'u.last_login_at',
        'd.id as dept_id',
        'd.name_zh',
        'd.name_en',
      ])
      .where('u.org_id', '=', p.orgId)
      .where('u.role', '!=', 'patient') // an admin manages staff; patient accounts would reveal who is a patient
      .orderBy('u.username')
      .execute();
    return {
      users: rows.map((r) => ({
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        role: r.role,
        department: r.dept_id ? { id: r.dept_id, nameZh: r.name_zh, nameEn: r.name_en } : null,
        disabled: r.disabled_at !== null,
        lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
      })),
    };
  });

  app.get('/api/admin/departments', async (req) => {
    const p = requireAdmin(req);
    const rows = await deps.db
      .selectFrom('departments')
      .select(['id', 'code', 'name_zh', 'name_en'])
      .where('org_id', '=', p.orgId)
      .orderBy('code')
      .execute();
    return {
      departments: rows.map((d) => ({ id: d.id, code: d.code, nameZh: d.name_zh, nameEn: d.name_en })),
    };
  });

  app.post('/api/admin/users', async (req, reply) => {
    const p = requireAdmin(req);
    const body = parse(createBody, req.body);
    const now = deps.clock();
    const id = await deps.db.transaction().execute(async (trx) => {
      const id = await createUser(trx, deps.config.passwordPolicy, { ...body, orgId: p.orgId });
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: null,
        action: 'user.create',
        resourceType: 'User',
        resourceId: id,
        outcome: 'success',
        detail: { role: body.role },
      });
      return id;
    });
    return reply.code(201).send({
      user: {
        id,
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        disabled: false,
      },
    });
  });

  app.post('/api/admin/users/:id/disable', async (req, reply) => {
    const p = requireAdmin(req);
    const { id } = parse(idParams, req.params);
    if (id === p.userId) throw forbidden('you cannot disable your own account');
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('users')
        .set({ disabled_at: now })
        .where('id', '=', id)
        .where('org_id', '=', p.orgId)
        .executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound('user');
      await revokeUserSessions(trx, id, now);
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: null,
        action: 'user.disable',
        resourceType: 'User',
        resourceId: id,
        outcome: 'success',
        detail: null,
      });
    });
    return reply.code(204).send();
  });
}
