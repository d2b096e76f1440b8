// LLM adapter: OpenAI-compatible chat completions, a local GGUF model (node-llama-cpp), locality guard, and the verified rewording of drafts.
export {
  createChatClient,
  retryAfterMs,
  type ChatClient,
  type ChatClientOptions,
  type ChatRequest,
  type ChatResult,
} from './chat-client.ts';
export {
  checkEndpoint,
  isLocalAddress,
  systemResolver,
  type Locality,
  type Resolver,
} from './endpoint-guard.ts';
export { createLlm, type LlmStatus } from './create-llm.ts';
export { createLocalGgufClient, type LocalGgufClient, type LocalGgufOptions } from './local-gguf-client.ts';
export { rewordDraft, type RewordDeps, type RewordInput, type LlmAuditRecord } from './reword-draft.ts';
export { auditLlmCall } from './audit-llm-call.ts';
export {
  readPrecheckAnswers,
  type PrecheckReadDeps,
  type PrecheckReadInput,
} from './read-precheck-answers.ts';
