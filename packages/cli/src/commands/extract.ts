import { readFileSync, statSync } from 'node:fs';
import { extractForCli, isYizhuError } from '@yizhu/core';

export interface ExtractCommandOptions {
  transcript?: string;
  lang?: string;
  json?: boolean;
}

// The engine enforces its own limits (DEFAULT_EXTRACT_LIMITS); this only refuses to read a file far
// larger than any of them into memory.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

function fail(message: string): number {
  console.error(message);
  return 2;
}

/** Reads a file the operator named, refusing directories and absurd sizes; messages carry no content. */
export function readInputFile(path: string, what: string): Buffer | string {
  try {
    const st = statSync(path);
    if (!st.isFile()) return `${what}: not a file`;
    if (st.size > MAX_FILE_BYTES) return `${what}: file is too large`;
    return readFileSync(path);
  } catch {
    return `${what}: cannot read the file`;
  }
}

/**
 * `yizhu extract --transcript FILE [--lang zh|en] [--json]`: facts with evidence from a dialogue
 * (plain text or JSON turns) or a QuestionnaireResponse, through core's extractForCli. Nothing is
 * stored; output goes to stdout only.
 */
export function extractCommand(o: ExtractCommandOptions): number {
  const lang = o.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return fail('--lang must be zh or en');
  if (!o.transcript) return fail('give --transcript FILE');
  const bytes = readInputFile(o.transcript, '--transcript');
  if (typeof bytes === 'string') return fail(bytes);
  try {
    const r = extractForCli(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
      lang,
      json: o.json === true,
      sourceId: 'transcript',
    });
    if (r.output) console.log(r.output);
    return 0;
  } catch (err) {
    if (!isYizhuError(err)) throw err;
    console.error(`${err.code}: ${err.message}`);
    return 1;
  }
}
