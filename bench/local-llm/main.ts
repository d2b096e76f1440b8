/**
 * `npm run bench -- local-llm [--threads N] [--runs N]`: the local GGUF path (node-llama-cpp, CPU)
 * on the tiny random-weight test model (write-tiny-gguf.ts, ~165 KB): backend start, model load,
 * and generated tokens per second, free and grammar-constrained. The model is noise, so this
 * measures the plumbing's overhead, not a real model's speed. Asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTinyGguf } from '../../packages/server/src/adapters/llm/write-tiny-gguf.ts';
import { createLocalGgufClient } from '../../packages/server/src/adapters/llm/local-gguf-client.ts';

const arg = (args: string[], name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

export async function run(args: string[]): Promise<void> {
  const threads = arg(args, 'threads', 1);
  const runs = arg(args, 'runs', 5);
  const dir = await mkdtemp(join(tmpdir(), 'yizhu-bench-gguf-'));
  try {
    const path = join(dir, 'tiny.gguf');
    const bytes = await writeTinyGguf(path, { contextLength: 4096 });
    const lib = await import('node-llama-cpp');
    let t = performance.now();
    const llama = await lib.getLlama({ gpu: false, build: 'never', skipDownload: true, progressLogs: false });
    const backendMs = performance.now() - t;
    t = performance.now();
    const model = await llama.loadModel({ modelPath: path });
    const loadMs = performance.now() - t;
    const context = await model.createContext({ contextSize: 4096, threads });
    const chat = new lib.LlamaChat({ contextSequence: context.getSequence() });
    const grammar = await llama.createGrammarForJsonSchema({
      type: 'array',
      minItems: 300,
      items: { type: 'boolean' },
    });
    const rate = async (withGrammar: boolean) => {
      const rates: number[] = [];
      for (let i = 0; i < runs; i++) {
        await chat.sequence.clearHistory();
        let tokens = 0;
        const t0 = performance.now();
        await chat.generateResponse(
          [
            { type: 'user', text: `run ${i}` },
            { type: 'model', response: [] },
          ],
          {
            maxTokens: 512,
            temperature: 0,
            ...(withGrammar ? { grammar } : {}),
            onToken: (tk) => void (tokens += tk.length),
          },
        );
        rates.push(tokens / ((performance.now() - t0) / 1000));
      }
      return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;
    };
    const free = await rate(false);
    const constrained = await rate(true);
    await model.dispose();
    await llama.dispose();
    // The client end to end: first call includes its own (shared-backend) start and model load.
    const client = createLocalGgufClient({ modelPath: path, timeoutMs: 60_000, threads, contextSize: 4096 });
    t = performance.now();
    await client.complete({ messages: [{ role: 'user', content: 'hello' }] });
    const firstCallMs = performance.now() - t;
    t = performance.now();
    await client.complete({ messages: [{ role: 'user', content: 'hello again' }] });
    const nextCallMs = performance.now() - t;
    await client.dispose();
    console.log(
      `tiny GGUF model: ${(bytes / 1024).toFixed(0)} KB, threads ${threads}, median of ${runs} runs`,
    );
    console.log(`  llama.cpp backend start  ${backendMs.toFixed(0)} ms`);
    console.log(`  model load               ${loadMs.toFixed(0)} ms`);
    console.log(`  generation, free         ${free.toFixed(0)} tokens/s`);
    console.log(`  generation, JSON grammar ${constrained.toFixed(0)} tokens/s`);
    console.log(`  client first call        ${firstCallMs.toFixed(0)} ms (backend start + load + answer)`);
    console.log(`  client next call         ${nextCallMs.toFixed(0)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
