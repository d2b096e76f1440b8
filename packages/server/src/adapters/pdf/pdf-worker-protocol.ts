import type { ErrorCode, FieldIssue } from '@yizhu/core';
import type { PdfPages } from './pdf-types.ts';

/** Messages between createPdfReader and its worker thread. The PDF bytes are transferred, not copied. */
export type PdfWorkerJob =
  { op: 'read'; maxPages: number } | { op: 'render'; page: number; longSide: number };
export type PdfWorkerRequest = PdfWorkerJob & { id: number; pdf: ArrayBuffer };

export type PdfWorkerReply =
  | { id: number; ok: true; pages?: PdfPages; png?: Uint8Array }
  | { id: number; ok: false; code: ErrorCode; message: string; issues: FieldIssue[] };

export type PdfWorkerStatus = { ready: boolean };
