import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.ts';

describe('model endpoint configuration', () => {
  it('defaults to hospital mode with both engines off', () => {
    const c = loadConfig({});
    expect(c.dataLocality).toBe('hospital');
    expect(c.llm).toEqual({ stream: false, timeoutMs: 60_000 });
    expect(c.asr).toEqual({ model: 'whisper-1', timeoutMs: 120_000 });
  });

  it('reads the endpoints', () => {
    const c = loadConfig({
      YIZHU_LLM_BASE_URL: 'http://10.0.0.5:8000/v1',
      YIZHU_LLM_MODEL: 'Qwen2.5-7B-Instruct',
      YIZHU_LLM_API_KEY: 'secret',
      YIZHU_LLM_STREAM: 'true',
      YIZHU_ASR_BASE_URL: 'http://10.0.0.6:8080/v1',
      YIZHU_DATA_LOCALITY: 'deidentify',
    });
    expect(c.llm).toMatchObject({
      baseUrl: 'http://10.0.0.5:8000/v1',
      model: 'Qwen2.5-7B-Instruct',
      stream: true,
    });
    expect(c.asr.baseUrl).toBe('http://10.0.0.6:8080/v1');
    expect(c.dataLocality).toBe('deidentify');
  });

  it('reads the local model: path, threads and context size', () => {
    const c = loadConfig({
      YIZHU_LLM_MODEL_PATH: '/models/qwen2.5-7b-instruct-q4_k_m.gguf',
      YIZHU_LLM_THREADS: '8',
      YIZHU_LLM_CONTEXT_SIZE: '16384',
    });
    expect(c.llm).toMatchObject({
      modelPath: '/models/qwen2.5-7b-instruct-q4_k_m.gguf',
      threads: 8,
      contextSize: 16384,
    });
    expect(() => loadConfig({ YIZHU_LLM_THREADS: '0' })).toThrow(/YIZHU_LLM_THREADS/);
    expect(() => loadConfig({ YIZHU_LLM_CONTEXT_SIZE: '100' })).toThrow(/YIZHU_LLM_CONTEXT_SIZE/);
  });

  it('names each bad variable and never echoes the key', () => {
    expect(() => loadConfig({ YIZHU_LLM_BASE_URL: 'ftp://x/v1', YIZHU_LLM_MODEL: 'm' })).toThrow(
      /YIZHU_LLM_BASE_URL/,
    );
    expect(() => loadConfig({ YIZHU_LLM_BASE_URL: 'http://10.0.0.5/v1' })).toThrow(
      /YIZHU_LLM_MODEL: required/,
    );
    expect(() => loadConfig({ YIZHU_DATA_LOCALITY: 'cloud' })).toThrow(/YIZHU_DATA_LOCALITY/);
    expect(() => loadConfig({ YIZHU_LLM_TIMEOUT_MS: '5', YIZHU_LLM_API_KEY: 'sk-very-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-very-secret') }),
    );
  });
});
