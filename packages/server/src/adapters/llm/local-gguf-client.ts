import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type {
  ChatHistoryItem,
  ChatWrapper,
  Llama,
  LlamaChat,
  LlamaContext,
  LlamaContextSequence,
  LlamaGrammar,
  LlamaModel,
} from 'node-llama-cpp';
import type { ChatMessage } from '@yizhu/core/llm/index.ts';
import type { ChatClient, ChatRequest, ChatResult } from './chat-client.ts';

export interface LocalGgufOptions {
  /** A GGUF file on this machine (YIZHU_LLM_MODEL_PATH). */
  modelPath: string;
  /** Whole-call budget (queue wait, model load and generation); a request may only shorten it. */
  timeoutMs: number;
  /** Context window in tokens, capped at the model's trained length. Default 8192. */
  contextSize?: number;
  /** CPU threads for inference. Default: node-llama-cpp's count of math cores. */
  threads?: number;
  /** Cap on generated tokens per call. Default 2048. */
  maxTokens?: number;
  /** 'auto' uses a GPU backend when its binaries are installed (see README), else the CPU. */
  gpu?: 'auto' | false;
  monotonic?: () => number;
}

/** The in-process model: a `ChatClient` that also releases the model's memory when asked. */
export interface LocalGgufClient extends ChatClient {
  readonly kind: 'local-gguf';
  dispose(): Promise<void>;
}

interface Engine {
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  sequence: LlamaContextSequence;
  LlamaChat: typeof LlamaChat;
  wrapper?: ChatWrapper;
  grammars: Map<string, LlamaGrammar>;
}

/** Thrown inside this module only: the file is missing, unreadable, not GGUF, or llama.cpp refused it. */
class ModelUnavailable extends Error {}
class DeadlinePassed extends Error {}

const GGUF_MAGIC = Buffer.from('GGUF', 'ascii');
/** Room the answer needs at least; a prompt leaving less is refused rather than silently cut. */
const MIN_ANSWER_TOKENS = 64;

/** Cheap checks before the file reaches native code: a regular, readable file that starts with "GGUF". */
async function checkModelFile(path: string): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new ModelUnavailable();
    const fh = await open(path, 'r');
    try {
      const head = Buffer.alloc(4);
      const { bytesRead } = await fh.read(head, 0, 4, 0);
      if (bytesRead < 4 || !head.equals(GGUF_MAGIC)) throw new ModelUnavailable();
    } finally {
      await fh.close();
    }
  } catch {
    throw new ModelUnavailable(); // the cause (ENOENT, EACCES …) names the path: dropped
  }
}

/**
 * One llama.cpp backend per process and GPU setting, shared by every client: starting it tests the
 * native binaries (~1 s), so it is done once. A failed start is forgotten and tried again.
 */
const backends = new Map<string, Promise<Llama>>();
function backend(gpu: 'auto' | false): Promise<Llama> {
  const key = String(gpu);
  let b = backends.get(key);
  if (!b) {
    b = import('node-llama-cpp').then((lib) =>
      lib.getLlama({
        gpu,
        build: 'never', // never compile or download llama.cpp at run time
        skipDownload: true,
        progressLogs: false,
        logLevel: lib.LlamaLogLevel.error,
        logger: () => {}, // llama.cpp's messages name the model path
      }),
    );
    backends.set(key, b);
    b.catch(() => backends.delete(key));
  }
  return b;
}

/** Resolves with `p`, or rejects with DeadlinePassed after `ms` (p itself goes on). */
function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed()), Math.max(0, ms));
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** OpenAI-style messages as node-llama-cpp chat history, ending in the empty answer to generate. */
export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m) =>
    m.role === 'system'
      ? { type: 'system', text: m.content }
      : m.role === 'user'
        ? { type: 'user', text: m.content }
        : { type: 'model', response: [m.content] },
  );
  history.push({ type: 'model', response: [] });
  return history;
}

/**
 * A local GGUF model through node-llama-cpp, in this process: nothing leaves the machine. Never
 * throws: every failure is a `CallFailure` the callers turn into "model not used".
 *
 * - Loaded once, lazily, by dynamic import, so a server without a model path never loads the
 *   native addon. A failed load (missing, unreadable, not GGUF, corrupt) is `model_unavailable`
 *   and is retried on the next call (the operator may fix the file); llama.cpp's log, which names
 *   the path, is discarded.
 * - One model, one context, one sequence: calls are served one at a time, in order.
 * - Every call starts from an empty sequence and a history built from its own messages only, so
 *   nothing of one patient's prompt is in context for the next.
 * - `jsonSchema` becomes a GBNF grammar, so the answer is JSON of the schema's shape by
 *   construction (node-llama-cpp ignores `pattern`; the caller's zod parse still checks it).
 * - One deadline for the whole call, queue wait and loading included; generation is aborted at it.
 */
export function createLocalGgufClient(opts: LocalGgufOptions): LocalGgufClient {
  const mono = opts.monotonic ?? (() => performance.now());
  const maxTokens = opts.maxTokens ?? 2048;
  let engine: Promise<Engine> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  async function load(): Promise<Engine> {
    await checkModelFile(opts.modelPath);
    const [lib, llama] = await Promise.all([import('node-llama-cpp'), backend(opts.gpu ?? 'auto')]);
    let model: LlamaModel | undefined;
    try {
      model = await llama.loadModel({ modelPath: opts.modelPath });
      const context = await model.createContext({
        contextSize: { max: opts.contextSize ?? 8192 },
        sequences: 1,
        ...(opts.threads ? { threads: opts.threads } : {}),
      });
      return {
        llama,
        model,
        context,
        sequence: context.getSequence(),
        LlamaChat: lib.LlamaChat,
        grammars: new Map(),
      };
    } catch {
      await model?.dispose().catch(() => {});
      throw new ModelUnavailable();
    }
  }

  function getEngine(): Promise<Engine> {
    if (!engine) {
      const loading = load();
      engine = loading;
      // A failed load is forgotten so the next call tries again; a slow one is kept and shared.
      loading.catch(() => {
        if (engine === loading) engine = undefined;
      });
    }
    return engine;
  }

  async function grammarFor(e: Engine, schema: object): Promise<LlamaGrammar> {
    const key = JSON.stringify(schema);
    let g = e.grammars.get(key);
    if (!g) {
      // Our schemas are plain JSON Schema objects; the generic signature wants a literal type.
      const create = e.llama.createGrammarForJsonSchema.bind(e.llama) as (s: object) => Promise<LlamaGrammar>;
      g = await create(schema);
      e.grammars.set(key, g);
    }
    return g;
  }

  async function run(req: ChatRequest, t0: number, deadline: number): Promise<ChatResult> {
    const fail = (failure: Extract<ChatResult, { ok: false }>['failure']): ChatResult => ({
      ok: false,
      failure,
      attempts: 1,
      latencyMs: Math.round(mono() - t0),
    });
    if (disposed) return fail('model_unavailable');
    if (mono() >= deadline) return fail('timeout');
    let e: Engine;
    try {
      e = await withDeadline(getEngine(), deadline - mono());
    } catch (err) {
      return fail(err instanceof DeadlinePassed ? 'timeout' : 'model_unavailable');
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), Math.max(0, deadline - mono()));
    let chat: LlamaChat | undefined;
    try {
      chat = new e.LlamaChat({ contextSequence: e.sequence, chatWrapper: e.wrapper ?? 'auto' });
      e.wrapper ??= chat.chatWrapper;
      // The previous call's tokens (another patient's) leave the context before anything is evaluated.
      await e.sequence.clearHistory();
      const history = toChatHistory(req.messages);
      const promptTokens = chat.chatWrapper
        .generateContextState({ chatHistory: history })
        .contextText.tokenize(e.model.tokenizer).length;
      const room = e.context.contextSize - promptTokens;
      // Too long for the context: refused, never truncated (that would drop instructions or data).
      if (room < MIN_ANSWER_TOKENS) return fail('http_error');
      const grammar = req.jsonSchema ? await grammarFor(e, req.jsonSchema.schema) : undefined;
      const r = await chat.generateResponse(history, {
        ...(grammar ? { grammar } : {}),
        maxTokens: Math.min(maxTokens, room),
        temperature: req.temperature ?? 0,
        signal: abort.signal,
        stopOnAbortSignal: true,
      });
      if (abort.signal.aborted || r.metadata.stopReason === 'abort') return fail('timeout');
      if (!r.response.trim()) return fail('empty_response');
      return { ok: true, content: r.response, attempts: 1, latencyMs: Math.round(mono() - t0) };
    } catch {
      return fail(abort.signal.aborted ? 'timeout' : 'server_error');
    } finally {
      clearTimeout(timer);
      chat?.dispose({ disposeSequence: false });
    }
  }

  function complete(req: ChatRequest): Promise<ChatResult> {
    const t0 = mono();
    const deadline = t0 + Math.min(opts.timeoutMs, req.timeoutMs ?? Infinity);
    // One call at a time; a call whose deadline passes while it waits gives up without running.
    const turn = queue.then(() => run(req, t0, deadline));
    queue = turn.catch(() => {});
    return withDeadline(turn, deadline - t0 + 50).catch(() => ({
      ok: false as const,
      failure: 'timeout' as const,
      attempts: 1,
      latencyMs: Math.round(mono() - t0),
    }));
  }

  async function dispose(): Promise<void> {
    disposed = true;
    await queue; // the call in progress finishes; later ones see `disposed`
    const e = await engine?.catch(() => undefined);
    engine = undefined;
    if (e) await e.model.dispose().catch(() => {}); // its contexts with it; the backend stays
  }

  return { model: basename(opts.modelPath), kind: 'local-gguf', complete, dispose };
}
