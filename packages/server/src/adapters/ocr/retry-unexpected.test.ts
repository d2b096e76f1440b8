import { describe, expect, it } from 'vitest';
import { YizhuError } from '@yizhu/core';
import { retryUnexpected } from './retry-unexpected.ts';

describe('retryUnexpected', () => {
  it('reads once more after an unexpected error, and only once', async () => {
    let calls = 0;
    await expect(
      retryUnexpected(async () => {
        if (++calls === 1) throw new RangeError('degenerate box');
        return 'read';
      }),
    ).resolves.toBe('read');
    expect(calls).toBe(2);

    calls = 0;
    const alwaysFails = retryUnexpected(async () => {
      calls++;
      throw new TypeError('still broken');
    });
    await expect(alwaysFails).rejects.toThrow('still broken');
    expect(calls).toBe(2);
  });

  it('does not retry the photo’s own fault', async () => {
    let calls = 0;
    const bad = retryUnexpected(async () => {
      calls++;
      throw new YizhuError('validation', 'truncated image');
    });
    await expect(bad).rejects.toBeInstanceOf(YizhuError);
    expect(calls).toBe(1);
  });
});
