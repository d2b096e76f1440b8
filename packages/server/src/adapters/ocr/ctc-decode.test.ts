import { describe, expect, it } from 'vitest';
import { ctcDecode } from './ctc-decode.ts';

// Index 0 is the CTC blank, as in the PP-OCR dictionary.
const DICT = ['', '1', '6', '4', '.', '↑', '↓', 'g'];

/** One row of probabilities per step: the given class gets `p`, the rest share what is left. */
function steps(...rows: Array<Record<string, number>>): Float32Array {
  const out = new Float32Array(rows.length * DICT.length);
  rows.forEach((row, t) => {
    const named = Object.entries(row);
    const rest = (1 - named.reduce((s, [, p]) => s + p, 0)) / (DICT.length - named.length);
    DICT.forEach((ch, c) => (out[t * DICT.length + c] = row[ch === '' ? 'blank' : ch] ?? rest));
  });
  return out;
}

const decode = (data: Float32Array) => ctcDecode(data, data.length / DICT.length, DICT.length, DICT);

describe('ctcDecode', () => {
  it('collapses repeats and blanks, scoring the mean probability of emitted characters', () => {
    const r = decode(steps({ '6': 0.9 }, { '6': 0.9 }, { blank: 0.9 }, { '6': 0.7 }));
    expect(r.text).toBe('66');
    expect(r.score).toBeCloseTo(0.8, 5);
    expect(r.glyphHints?.trailingOneArrows).toBeUndefined();
  });

  it('lists the arrows the model also saw in a trailing "1" after a digit', () => {
    const r = decode(
      steps(
        { '6': 0.95 },
        { blank: 0.95 },
        { '1': 0.6, '↓': 0.1, '↑': 1e-6 },
        { '1': 0.5, '↓': 0.3, '↑': 1e-6 },
      ),
    );
    expect(r.text).toBe('61');
    expect(r.glyphHints?.trailingOneArrows).toEqual(['↓']);
  });

  it('marks where a point it did not choose was seen in a run of digits', () => {
    const r = decode(steps({ '1': 0.95 }, { blank: 0.9, '.': 0.05 }, { '6': 0.9 }, { '4': 0.9, '.': 1e-5 }));
    expect(r.text).toBe('164');
    expect(r.glyphHints?.pointAt).toBe(1);
    // Faint traces of a point, or a text that already has one or is not all digits: no hint.
    const faint = decode(steps({ '1': 0.95, '.': 1e-5 }, { '6': 0.9, '.': 5e-5 }, { '4': 0.9, '.': 1e-6 }));
    expect(faint.glyphHints).toBeUndefined();
    const withPoint = decode(steps({ '1': 0.95 }, { '.': 0.9 }, { '6': 0.9, '.': 0.05 }, { '4': 0.9 }));
    expect([withPoint.text, withPoint.glyphHints]).toEqual(['1.64', undefined]);
  });

  it('gives no hint for a confident 1, a 1 not after a digit, or an arrow seen in another glyph', () => {
    const tiny = { '↑': 1e-7, '↓': 1e-7 };
    expect(
      decode(steps({ '6': 0.99, ...tiny }, { '1': 0.99, ...tiny })).glyphHints?.trailingOneArrows,
    ).toBeUndefined();
    expect(decode(steps({ g: 0.9 }, { '1': 0.6, '↑': 0.2 })).glyphHints?.trailingOneArrows).toBeUndefined();
    const arrowOnSix = steps({ '6': 0.6, '↑': 0.3 }, { '1': 0.99, ...tiny });
    expect(decode(arrowOnSix).glyphHints?.trailingOneArrows).toBeUndefined();
  });
});
