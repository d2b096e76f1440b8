import { YizhuError } from '@yizhu/core';

/**
 * Upload checks before any parsing (security.md DATA-09): the bytes must start as a PDF does, and
 * a PDF ends with `%%EOF` (an incremental update appends another); one cut off in transfer does
 * not, and pdf.js would otherwise read what survived and return half a report.
 */
export const isPdf = (b: Buffer): boolean => b.length > 5 && b.toString('latin1', 0, 5) === '%PDF-';

export function assertCompletePdf(b: Buffer): void {
  if (!isPdf(b)) throw new YizhuError('unsupported_media_type', 'the file is not a PDF');
  const tail = b.toString('latin1', Math.max(0, b.length - 1024));
  if (!tail.includes('%%EOF'))
    throw new YizhuError('validation', 'the PDF is incomplete (cut off); upload the whole file', [
      { path: 'file', message: 'pdf_unreadable' },
    ]);
}
