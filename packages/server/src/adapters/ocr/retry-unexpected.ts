import { isYizhuError } from '@yizhu/core';

/**
 * Runs `read` again once when it fails with an error that is not one of ours. In about one read in
 * 300 during eval runs on a busy machine, recognition threw such an error and the same photo read
 * fine again (never reproduced in isolation: multi-threaded inference is not bit-for-bit
 * deterministic, so a rare degenerate text box is the likely cause). A YizhuError (bad image, too
 * large…) is the photo's own fault and is not retried.
 */
export async function retryUnexpected<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isYizhuError(err)) throw err;
    return read();
  }
}
