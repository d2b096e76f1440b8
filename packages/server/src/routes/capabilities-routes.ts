import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { requirePrincipal } from '../http/session-hook.ts';
import { createAsr } from '../adapters/asr/index.ts';
import { checkEndpoint } from '../adapters/llm/endpoint-guard.ts';
import { createLlm } from '../adapters/llm/create-llm.ts';

/**
 * GET /api/capabilities: which optional engines are on, and if not, a reason code the UI can show
 * (not configured, endpoint not on the local network in hospital mode …). Never the endpoint itself.
 */
export function capabilitiesRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/api/capabilities', async (req) => {
    requirePrincipal(req);
    const { config } = deps;
    // Builds the client without loading a local model; only an HTTP endpoint has a locality to check.
    const { client: llmClient, status: llm } = createLlm(config);
    const asr = createAsr(config).status;
    const locality = async (url: string | undefined) =>
      url ? await checkEndpoint(url, config.dataLocality) : ({ ok: true } as const);
    const [llmCheck, asrCheck] = await Promise.all([
      llmClient?.kind === 'openai-compatible' ? locality(config.llm.baseUrl) : { ok: true as const },
      asr.enabled ? locality(config.asr.baseUrl) : { ok: true as const },
    ]);
    return {
      llm: llmCheck.ok ? llm : { enabled: false, mode: llm.mode, reason: llmCheck.reason },
      asr: asrCheck.ok ? asr : { enabled: false, reason: asrCheck.reason },
    };
  });
}
