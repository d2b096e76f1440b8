import type { Config } from '../../config/config.ts';
import { createChatClient, type ChatClient } from './chat-client.ts';
import { createLocalGgufClient } from './local-gguf-client.ts';

export interface LlmStatus {
  enabled: boolean;
  mode: Config['dataLocality'];
  /** Why the model is off, as a code the UI translates; never patient data. */
  reason?: 'not_configured' | 'endpoint_not_local' | 'endpoint_unresolvable';
}

/**
 * The configured model client, or why there is none. A local GGUF model (`YIZHU_LLM_MODEL_PATH`)
 * wins over an endpoint when both are set: it runs in this process, so nothing leaves the machine
 * and the endpoint's locality does not matter. It is constructed without loading anything (the
 * model loads on the first call), so this stays cheap enough for `GET /api/capabilities`.
 * Endpoint locality is checked per call.
 */
export function createLlm(config: Pick<Config, 'llm' | 'dataLocality'>): {
  client?: ChatClient;
  status: LlmStatus;
} {
  const { llm, dataLocality: mode } = config;
  if (llm.modelPath) {
    const client = createLocalGgufClient({
      modelPath: llm.modelPath,
      timeoutMs: llm.timeoutMs,
      ...(llm.threads ? { threads: llm.threads } : {}),
      ...(llm.contextSize ? { contextSize: llm.contextSize } : {}),
    });
    return { client, status: { enabled: true, mode } };
  }
  if (llm.baseUrl && llm.model) {
    const client = createChatClient({
      baseUrl: llm.baseUrl,
      apiKey: llm.apiKey,
      model: llm.model,
      stream: llm.stream,
      timeoutMs: llm.timeoutMs,
      locality: mode,
    });
    return { client, status: { enabled: true, mode } };
  }
  return { status: { enabled: false, mode, reason: 'not_configured' } };
}
