import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Deps } from './deps.ts';
import { TotpRequiredError } from './auth/login.ts';
import { operationOutcome, problemJson, toYizhuError } from './http/problem.ts';
import { registerSessionHook } from './http/session-hook.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { clinicalRoutes } from './routes/clinical-routes.ts';
import { fhirRoutes } from './routes/fhir-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { draftRoutes } from './routes/draft-routes.ts';
import { draftReviewRoutes } from './routes/draft-review-routes.ts';
import { recordRoutes } from './routes/record-routes.ts';
import { sourceRoutes } from './routes/source-routes.ts';
import { precheckRoutes } from './routes/precheck-routes.ts';
import { followupRoutes } from './routes/followup-routes.ts';
import { capabilitiesRoutes } from './routes/capabilities-routes.ts';
import { metricsRoutes } from './routes/metrics-routes.ts';
import { audioSourceRoutes } from './routes/audio-source-routes.ts';
import { labExplanationRoutes } from './routes/lab-explanation-routes.ts';

export interface AppOptions {
  webDist?: string | undefined; // folder with the built web app; omitted in API-only tests
}

const isApi = (url: string) => url.startsWith('/api/') || url.startsWith('/fhir');

/** Every error answer goes through here: problem+json, or OperationOutcome under /fhir. */
function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const e = toYizhuError(err);
  if (e.code === 'internal') {
    // Type and code only: driver messages can carry SQL and the values in it.
    const raw = err as { name?: string; code?: string };
    req.log.error({ errType: raw?.name, errCode: raw?.code }, 'unhandled error');
  }
  reply.code(e.status);
  if (req.url.startsWith('/fhir')) return reply.type('application/fhir+json').send(operationOutcome(e));
  const extra: Record<string, unknown> = {};
  if (err instanceof TotpRequiredError) extra.totpRequired = true;
  if (e.code === 'unauthenticated' && req.sessionProblem) extra.reason = req.sessionProblem;
  return reply.type('application/problem+json').send(problemJson(e, req.id, extra));
}

/** Builds the HTTP app: thin routes over core, one error translation, security headers. */
export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  let shuttingDown = false;
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false, // ids come from us, so a client cannot forge log correlation
    return503OnClosing: true,
    // Errors the router raises before any route (bad URL, over-long path) get our answer too;
    // Fastify's default would echo the path back.
    frameworkErrors: (err, req, reply) => sendError(err, req, reply),
  });
  app.addHook('onClose', async () => {
    shuttingDown = true;
  });

  // Only JSON bodies are accepted; anything else is 415 before a handler runs.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('invalid json'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' }), undefined);
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        upgradeInsecureRequests: null, // clinics often serve on plain LAN http; TLS is the proxy's job
      },
    },
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
  });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // Patient data must not be cached by browsers or proxies (DATA-07).
    if (isApi(req.url)) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler(sendError);

  registerSessionHook(app, deps);
  healthRoutes(app, deps, () => shuttingDown);
  authRoutes(app, deps);
  clinicalRoutes(app, deps);
  adminRoutes(app, deps);
  fhirRoutes(app, deps);
  sourceRoutes(app, deps);
  draftRoutes(app, deps);
  draftReviewRoutes(app, deps);
  recordRoutes(app, deps);
  precheckRoutes(app, deps);
  followupRoutes(app, deps);
  capabilitiesRoutes(app, deps);
  metricsRoutes(app, deps);
  audioSourceRoutes(app, deps);
  labExplanationRoutes(app, deps);

  const webDist = opts.webDist && existsSync(opts.webDist) ? opts.webDist : undefined;
  if (webDist) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    if (!isApi(req.url) && webDist && req.method === 'GET') return reply.sendFile('index.html'); // SPA routes
    return sendError({ code: 'FST_ERR_NOT_FOUND' }, req, reply);
  });
  return app;
}
