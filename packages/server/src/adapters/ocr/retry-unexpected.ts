import { isYizhuError } from '@yizhu/core';

/**
 * Runs `read` again once when it fails with an error that is not one of ours. A YizhuError (bad
 * image, too large…) is the photo's own fault and is not retried.
 *
 * It was added for about one read in 300 that threw during eval runs and read fine again. The likely
 * cause was the line splitter of @gutenye/ocr-common, whose crops were views into OpenCV's WASM heap:
 * forcing that heap to grow between detection and recognition makes every such read throw "Input Bit
 * Array is empty", the error seen. split-line-images.ts copies the crops out and frees its Mats, so
 * the heap no longer grows; since then the retry fired in none of 1,200 eval reads (seeds 4 and 7)
 * and no read failed in 200 in-process reads without it. Kept as a cheap guard all the same.
 */
export async function retryUnexpected<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isYizhuError(err)) throw err;
    return read();
  }
}
