import type { Config } from '../../config/config.ts';
import { createChatClient, type ChatClient } from './chat-client.ts';

export interface LlmStatus {
  enabled: boolean;
  mode: Config['dataLocality'];
  /** Why the model is off, as a code the UI translates; never patient data. */
  reason?: 'not_configured' | 'local_model_not_included' | 'endpoint_not_local' | 'endpoint_unresolvable';
}

/** The configured model client, or why there is none. Endpoint locality is checked per call. */
export function createLlm(config: Pick<Config, 'llm' | 'dataLocality'>): {
  client?: ChatClient;
  status: LlmStatus;
} {
  const { llm, dataLocality: mode } = config;
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
  // node-llama-cpp is not bundled (see README): a model path alone does not turn the feature on.
  if (llm.modelPath) return { status: { enabled: false, mode, reason: 'local_model_not_included' } };
  return { status: { enabled: false, mode, reason: 'not_configured' } };
}
