// Test support, like fake-openai-server.ts: a tiny llama-architecture GGUF model with seeded random
// F32 weights, small enough to write into a temp dir at test time (~200 KB), so the local-model
// client runs real llama.cpp inference on a machine that cannot download weights. Its output is
// noise; what it exercises is loading, tokenising, chat templating, grammar, limits and aborts.
// Format: GGUF v3 (ggml's docs/gguf.md) — header, metadata key/values, tensor infos, data aligned to 32.
import { writeFile } from 'node:fs/promises';

export interface TinyGgufOptions {
  /** Seed of the weights: the same seed gives the same bytes. */
  seed?: number;
  embedding?: number;
  layers?: number;
  heads?: number;
  feedForward?: number;
  contextLength?: number;
  /** A jinja chat template; null writes none (the client must then pick a chat wrapper itself). */
  chatTemplate?: string | null;
  /** Standard deviation of the random weights; larger gives peakier (less uniform) predictions. */
  weightScale?: number;
}

/** ChatML, which node-llama-cpp recognises and renders with its ChatML wrapper. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

// GGUF value types.
const T = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const;
// llama.cpp token types.
const TOKEN = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;
const ALIGNMENT = 32;

type Meta = { key: string; type: 'u32' | 'f32' | 'bool' | 'string'; value: number | boolean | string };
type ArrayMeta = { key: string; array: 'string' | 'f32' | 'i32'; values: readonly (string | number)[] };

/** Words whose tokens (with every prefix, so SentencePiece merges can reach them) are in the vocabulary. */
const WORDS = [
  '{"',
  '":',
  '",',
  '"}',
  '":"',
  '","',
  '"]',
  '["',
  'true',
  'false',
  'null',
  'sentences',
  'text',
  'evidence',
  'findings',
  'answer',
  'quote',
  'symptom',
  'patient',
  '▁the',
  '▁and',
  '▁of',
  '▁patient',
  '▁pain',
  '▁days',
];

/** The vocabulary: specials, the 256 byte-fallback tokens, printable ASCII, then the words above. */
export function tinyVocabulary(): { tokens: string[]; scores: number[]; types: number[] } {
  const tokens: string[] = [];
  const scores: number[] = [];
  const types: number[] = [];
  const add = (t: string, score: number, type: number) => {
    if (tokens.includes(t)) return;
    tokens.push(t);
    scores.push(score);
    types.push(type);
  };
  add('<unk>', 0, TOKEN.unknown);
  add('<s>', 0, TOKEN.control);
  add('</s>', 0, TOKEN.control);
  add('<|im_start|>', 0, TOKEN.control);
  add('<|im_end|>', 0, TOKEN.control);
  for (let b = 0; b < 256; b++) add(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, 0, TOKEN.byte);
  add('▁', -1, TOKEN.normal);
  for (let c = 33; c < 127; c++) add(String.fromCharCode(c), -2, TOKEN.normal);
  // SentencePiece merges the adjacent pair with the best score whose text is a token: longer
  // prefixes score higher so whole words win.
  for (const w of WORDS)
    for (let n = 2; n <= [...w].length; n++) add([...w].slice(0, n).join(''), n, TOKEN.normal);
  return { tokens, scores, types };
}

/** mulberry32: a small seeded PRNG; Box–Muller on top for normal weights. */
function normals(seed: number, scale: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => {
    const u = Math.max(uniform(), 1e-12);
    return scale * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}

class Writer {
  private chunks: Buffer[] = [];
  length = 0;
  private push(b: Buffer) {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string) {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  bytes(b: Buffer) {
    this.push(b);
  }
  pad(to: number) {
    const n = (to - (this.length % to)) % to;
    if (n) this.push(Buffer.alloc(n));
  }
  done(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** The bytes of a tiny GGUF v3 model (llama architecture, F32, SentencePiece vocabulary). */
export function tinyGgufBytes(opts: TinyGgufOptions = {}): Buffer {
  const nEmbd = opts.embedding ?? 32;
  const nLayer = opts.layers ?? 1;
  const nHead = opts.heads ?? 2;
  const nFf = opts.feedForward ?? 64;
  const ctx = opts.contextLength ?? 1024;
  const headDim = nEmbd / nHead;
  const vocab = tinyVocabulary();
  const nVocab = vocab.tokens.length;
  const template = opts.chatTemplate === undefined ? CHATML_TEMPLATE : opts.chatTemplate;

  const meta: Meta[] = [
    { key: 'general.architecture', type: 'string', value: 'llama' },
    { key: 'general.name', type: 'string', value: 'yizhu-tiny-test' },
    { key: 'general.alignment', type: 'u32', value: ALIGNMENT },
    { key: 'general.file_type', type: 'u32', value: 0 }, // all F32
    { key: 'llama.context_length', type: 'u32', value: ctx },
    { key: 'llama.embedding_length', type: 'u32', value: nEmbd },
    { key: 'llama.block_count', type: 'u32', value: nLayer },
    { key: 'llama.feed_forward_length', type: 'u32', value: nFf },
    { key: 'llama.attention.head_count', type: 'u32', value: nHead },
    { key: 'llama.attention.head_count_kv', type: 'u32', value: nHead },
    { key: 'llama.attention.layer_norm_rms_epsilon', type: 'f32', value: 1e-5 },
    { key: 'llama.rope.dimension_count', type: 'u32', value: headDim },
    { key: 'llama.vocab_size', type: 'u32', value: nVocab },
    { key: 'tokenizer.ggml.model', type: 'string', value: 'llama' },
    { key: 'tokenizer.ggml.unknown_token_id', type: 'u32', value: 0 },
    { key: 'tokenizer.ggml.bos_token_id', type: 'u32', value: 1 },
    { key: 'tokenizer.ggml.eos_token_id', type: 'u32', value: 2 },
    { key: 'tokenizer.ggml.add_bos_token', type: 'bool', value: true },
    { key: 'tokenizer.ggml.add_eos_token', type: 'bool', value: false },
    ...(template === null
      ? []
      : [{ key: 'tokenizer.chat_template', type: 'string' as const, value: template }]),
  ];
  const arrays: ArrayMeta[] = [
    { key: 'tokenizer.ggml.tokens', array: 'string', values: vocab.tokens },
    { key: 'tokenizer.ggml.scores', array: 'f32', values: vocab.scores },
    { key: 'tokenizer.ggml.token_type', array: 'i32', values: vocab.types },
  ];

  // ggml order: ne[0] (the contiguous dimension) first.
  const tensors: { name: string; dims: number[]; fill: 'ones' | 'random' }[] = [
    { name: 'token_embd.weight', dims: [nEmbd, nVocab], fill: 'random' },
    { name: 'output_norm.weight', dims: [nEmbd], fill: 'ones' },
    { name: 'output.weight', dims: [nEmbd, nVocab], fill: 'random' },
  ];
  for (let i = 0; i < nLayer; i++)
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [nEmbd], fill: 'ones' },
      { name: `blk.${i}.attn_q.weight`, dims: [nEmbd, nEmbd], fill: 'random' },
      { name: `blk.${i}.attn_k.weight`, dims: [nEmbd, nEmbd], fill: 'random' },
      { name: `blk.${i}.attn_v.weight`, dims: [nEmbd, nEmbd], fill: 'random' },
      { name: `blk.${i}.attn_output.weight`, dims: [nEmbd, nEmbd], fill: 'random' },
      { name: `blk.${i}.ffn_norm.weight`, dims: [nEmbd], fill: 'ones' },
      { name: `blk.${i}.ffn_gate.weight`, dims: [nEmbd, nFf], fill: 'random' },
      { name: `blk.${i}.ffn_up.weight`, dims: [nEmbd, nFf], fill: 'random' },
      { name: `blk.${i}.ffn_down.weight`, dims: [nFf, nEmbd], fill: 'random' },
    );

  const w = new Writer();
  w.bytes(Buffer.from('GGUF', 'ascii'));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(meta.length + arrays.length);
  for (const m of meta) {
    w.str(m.key);
    w.u32(T[m.type]);
    if (m.type === 'string') w.str(m.value as string);
    else if (m.type === 'u32') w.u32(m.value as number);
    else if (m.type === 'f32') w.f32(m.value as number);
    else w.bytes(Buffer.from([m.value ? 1 : 0]));
  }
  for (const a of arrays) {
    w.str(a.key);
    w.u32(T.array);
    w.u32(T[a.array]);
    w.u64(a.values.length);
    for (const v of a.values) {
      if (a.array === 'string') w.str(v as string);
      else if (a.array === 'f32') w.f32(v as number);
      else w.i32(v as number);
    }
  }
  const size = (dims: number[]) => dims.reduce((a, b) => a * b, 1) * 4;
  let offset = 0;
  const offsets: number[] = [];
  for (const t of tensors) {
    offsets.push(offset);
    offset += Math.ceil(size(t.dims) / ALIGNMENT) * ALIGNMENT;
  }
  tensors.forEach((t, i) => {
    w.str(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(0); // GGML_TYPE_F32
    w.u64(offsets[i]!);
  });
  w.pad(ALIGNMENT);
  const rand = normals(opts.seed ?? 1, opts.weightScale ?? 0.5);
  for (const t of tensors) {
    const n = size(t.dims) / 4;
    const data = Buffer.alloc(Math.ceil((n * 4) / ALIGNMENT) * ALIGNMENT);
    for (let j = 0; j < n; j++) data.writeFloatLE(t.fill === 'ones' ? 1 : rand(), j * 4);
    w.bytes(data);
  }
  return w.done();
}

/** Writes the tiny model to `path` and returns its size in bytes. */
export async function writeTinyGguf(path: string, opts: TinyGgufOptions = {}): Promise<number> {
  const bytes = tinyGgufBytes(opts);
  await writeFile(path, bytes);
  return bytes.length;
}
