import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/make-pdf.ts';
import { assertCompletePdf, isPdf } from './sniff-pdf.ts';

describe('PDF upload checks', () => {
  const pdf = makePdf([{ texts: [{ x: 50, y: 80, size: 12, text: 'Glucose 5.6 mmol/L' }] }]);
  const code = (b: Buffer) => {
    try {
      assertCompletePdf(b);
      return 'ok';
    } catch (e) {
      return (e as { code: string }).code;
    }
  };

  it('knows a PDF by its first bytes, not by what it is called', () => {
    expect(isPdf(pdf)).toBe(true);
    expect(isPdf(Buffer.from('%PDF'))).toBe(false);
    expect(isPdf(Buffer.from('\xff\xd8\xff\xe0 a JPEG', 'latin1'))).toBe(false);
    expect(isPdf(Buffer.concat([Buffer.from(' '), pdf]))).toBe(false);
  });

  it('accepts a whole PDF (also with bytes after %%EOF) and refuses a cut-off one', () => {
    expect(code(pdf)).toBe('ok');
    expect(code(Buffer.concat([pdf, Buffer.from('\r\n\0\0')]))).toBe('ok');
    expect(code(pdf.subarray(0, pdf.length - 10))).toBe('validation');
    expect(code(pdf.subarray(0, 200))).toBe('validation');
    expect(code(Buffer.from('GIF89a'))).toBe('unsupported_media_type');
  });
});
