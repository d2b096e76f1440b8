import type { ErrorCode } from '@yizhu/core';
import type { OcrResult } from './ocr-types.ts';
import type { RecogniseOptions } from './recognise-page.ts';

/** Messages between createOcrEngine and its worker thread. */
export interface OcrWorkerRequest {
  id: number;
  /** Transferred, not copied. */
  image: ArrayBuffer;
  options?: RecogniseOptions;
}

export type OcrWorkerReply =
  { id: number; ok: true; result: OcrResult } | { id: number; ok: false; code: ErrorCode; message: string };

export type OcrWorkerStatus = { ready: boolean };
