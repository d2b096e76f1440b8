import {
  decodeUtf8,
  draftVisit,
  isYizhuError,
  renderDraftText,
  resolveLimits,
  type LabObservation,
  type RawSource,
} from '@yizhu/core';
import type { OcrEngine } from '@yizhu/server/adapters/ocr/index.ts';
import { readInputFile } from './extract.ts';

export interface DraftCommandOptions {
  transcript?: string;
  questionnaire?: string;
  lab?: string[];
  ehr?: string;
  lang?: string;
  json?: boolean;
  format?: string;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

/** JSON if it parses, else the text itself: an unreadable file then shows up as unusable in the draft. */
function parseJsonOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A transcript file is JSON turns ([{speaker,text}] or {turns:[…]}) or plain text, one turn per line. */
function transcriptContent(text: string): string | readonly unknown[] {
  const t = text.trimStart();
  if (!t.startsWith('[') && !t.startsWith('{')) return text;
  const parsed = parseJsonOrKeep(text);
  if (Array.isArray(parsed)) return parsed;
  const turns = (parsed as { turns?: unknown } | null)?.turns;
  return Array.isArray(turns) ? turns : text;
}

/**
 * `yizhu draft --transcript T [--questionnaire Q.json] [--lab IMG ...] [--ehr BUNDLE.json]
 * [--lang zh|en] [--json | --format text]`: the same draftVisit the API runs, on the operator's own
 * files. Lab photos go through the OCR adapter (engine closed at the end). Nothing is stored; a
 * source that cannot be read is named in the draft, never a crash.
 */
export async function draftCommand(o: DraftCommandOptions): Promise<number> {
  const lang = o.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return fail('--lang must be zh or en');
  const format = o.json ? 'json' : (o.format ?? 'text');
  if (format !== 'json' && format !== 'text') return fail('--format must be text (or use --json)');
  const labs = o.lab ?? [];
  if (!o.transcript && !o.questionnaire && !o.ehr && labs.length === 0)
    return fail('give at least --transcript FILE (or --questionnaire, --lab, --ehr)');

  const limits = resolveLimits();
  const sources: RawSource[] = [];
  const read = (path: string, what: string): string | undefined => {
    const bytes = readInputFile(path, what);
    if (typeof bytes === 'string') {
      console.error(bytes);
      return undefined;
    }
    return decodeUtf8(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), limits);
  };
  try {
    if (o.transcript) {
      const text = read(o.transcript, '--transcript');
      if (text === undefined) return 2;
      sources.push({ sourceId: 'transcript', kind: 'transcript', content: transcriptContent(text) });
    }
    if (o.questionnaire) {
      const text = read(o.questionnaire, '--questionnaire');
      if (text === undefined) return 2;
      sources.push({ sourceId: 'questionnaire', kind: 'questionnaire', content: parseJsonOrKeep(text) });
    }
    if (o.ehr) {
      const text = read(o.ehr, '--ehr');
      if (text === undefined) return 2;
      sources.push({ sourceId: 'emr', kind: 'emr', bundle: parseJsonOrKeep(text) });
    }
  } catch (err) {
    // decodeUtf8 refuses input past the engine's limits.
    if (!isYizhuError(err)) throw err;
    console.error(`${err.code}: ${err.message}`);
    return 1;
  }
  if (labs.length > 0) {
    const images: Buffer[] = [];
    for (const path of labs) {
      const bytes = readInputFile(path, '--lab');
      if (typeof bytes === 'string') return fail(bytes);
      images.push(bytes);
    }
    // Loaded only when needed: the OCR adapter brings native image code and model files with it.
    const { createOcrEngine } = await import('@yizhu/server/adapters/ocr/index.ts');
    let engine: OcrEngine | undefined;
    try {
      engine = await createOcrEngine();
      for (let i = 0; i < images.length; i++) {
        const sourceId = `lab${i + 1}`;
        sources.push({
          sourceId,
          kind: 'lab_report',
          observations: await readLab(engine, images[i]!, sourceId),
        });
      }
    } finally {
      await engine?.close();
    }
  }

  const result = draftVisit({ sources });
  if (format === 'json') console.log(JSON.stringify(result, null, 2));
  else console.log(renderDraftText(result.draft, lang));
  return 0;
}

/** One photo's observations; a photo without a readable lab table counts as an empty source. */
async function readLab(engine: OcrEngine, image: Buffer, sourceId: string): Promise<LabObservation[]> {
  const { readLabReport } = await import('@yizhu/server/adapters/ocr/index.ts');
  try {
    return (await readLabReport(engine, image, sourceId)).observations;
  } catch (err) {
    if (!isYizhuError(err)) throw err;
    console.error(`${sourceId}: ${err.code}: ${err.message}`);
    return [];
  }
}
