import type { ChatClient } from './chat-client.ts';

/**
 * The seam for a local GGUF model through node-llama-cpp (issue 9). Not included: node-llama-cpp
 * ships native binaries but no model weights, and no weights can be downloaded on this build
 * machine, so nothing here could be tested on a real model. A hospital that wants it implements
 * this factory (load the model from `modelPath`, run the chat with a JSON-schema grammar) and passes
 * the client to `rewordDraft` — everything downstream (de-identification is then unnecessary but
 * harmless, fencing, schema parsing, verification, audit) is the same as for an HTTP endpoint.
 */
export type LocalModelFactory = (opts: { modelPath: string; contextSize?: number }) => Promise<ChatClient>;
