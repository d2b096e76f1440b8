import { describe, expect, it } from 'vitest';
import { YizhuError } from '../errors/yizhu-error.ts';
import { hl7DateTime, parseHl7OruR01 } from './parse-hl7-oru.ts';

const MSG = [
  'MSH|^~\\&|LIS|CITY LAB|YIZHU|CLINIC|20240305103000+0800||ORU^R01^ORU_R01|MSG0001|P|2.5.1',
  'PID|1||P123^^^HOSP^MR||SECRET^NAME',
  'OBR|1|ORD1|FIL1|58410-2^CBC panel^LN|||20240305081200+0800|||||||||||||||||||F',
  'SPM|1|||BLD^Whole blood^HL70487',
  'OBX|1|NM|6690-2^Leukocytes^LN||12.5|10*9/L|3.5-9.5|H|||F',
  'OBX|2|NM|718-7^Hemoglobin^LN||128|g/L|130-175|L|||F',
  'OBX|3|NM|^血小板计数||250|10*9/L|125-350|N|||P',
  'OBX|4|ST|20454-5^Protein^LN||Negative||Negative||||F',
  'OBX|5|SN|14682-9^Creatinine^LN||<^40|umol/L|57-111|L|||F',
  'OBX|6|NM|2345-7^Glucose^LN||||70-99||||X',
  'OBX|7|ST|^Comment \\T\\ note||see \\F\\ attached||||||F',
].join('\r');

describe('parseHl7OruR01', () => {
  it('parses OBX results with LOINC, units, ranges, flags, date, specimen and laboratory', () => {
    const r = parseHl7OruR01(MSG, { sourceId: 'hl7-1' });
    const byId = (id: string) => r.observations.find((o) => o.testId === id);
    expect(byId('wbc')).toMatchObject({
      code: { code: '6690-2' },
      value: 12.5,
      unit: '10^9/L',
      flag: { printed: 'H', computed: 'H' },
      effective: '2024-03-05T08:12:00+08:00',
      specimen: { en: 'Whole blood' },
      laboratory: 'CITY LAB',
      needsReview: false,
    });
    expect(byId('hgb')).toMatchObject({ value: 128, flag: { value: 'L' }, needsReview: false });
    expect(byId('u_pro')).toMatchObject({ value: 'negative', flag: { computed: 'N' } });
    expect(byId('crea')).toMatchObject({ value: 40, comparator: '<', unit: 'μmol/L', flag: { value: 'L' } });
    // Preliminary result: kept, marked for review. Status X: skipped with a warning.
    expect(byId('plt')).toMatchObject({ value: 250, needsReview: true, reviewReasons: ['source_not_final'] });
    expect(byId('glu')).toBeUndefined();
    expect(r.warnings.map((w) => w.code)).toContain('observation_skipped');
    expect(r.meta).toMatchObject({ laboratory: 'CITY LAB', effective: '2024-03-05T08:12:00+08:00' });
  });

  it('unescapes HL7 text and keeps an unknown uncoded result for review', () => {
    const r = parseHl7OruR01(MSG, { sourceId: 's' });
    const note = r.observations.find((o) => o.sourceName.startsWith('Comment'));
    expect(note).toMatchObject({ sourceName: 'Comment & note', value: 'see | attached', needsReview: true });
  });

  it('points evidence at the exact field characters in the message', () => {
    const r = parseHl7OruR01(MSG, { sourceId: 's' });
    const loc = r.observations[0]?.fieldEvidence.value?.[0]?.locator;
    expect(loc?.kind).toBe('text');
    if (loc?.kind === 'text') expect(MSG.slice(loc.charStart, loc.charEnd)).toBe('12.5');
    const seg = r.observations[0]?.evidence[0]?.locator;
    if (seg?.kind === 'text') expect(MSG.slice(seg.charStart, seg.charEnd)).toMatch(/^OBX\|1\|/);
  });

  it('accepts \\n line endings', () => {
    expect(parseHl7OruR01(MSG.replace(/\r/g, '\n'), { sourceId: 's' }).observations.length).toBe(6);
  });

  const bad = (msg: string, path?: string) => {
    try {
      parseHl7OruR01(msg, { sourceId: 's' });
    } catch (e) {
      expect(e).toBeInstanceOf(YizhuError);
      const err = e as YizhuError;
      expect(err.code).toBe('validation');
      if (path) expect(err.issues[0]?.path).toBe(path);
      // Never echo message content (patient data) in errors.
      expect(err.message).not.toMatch(/SECRET|12\.5/);
      return err;
    }
    throw new Error('expected a validation error');
  };

  it('rejects empty and malformed messages with clear validation errors', () => {
    bad('');
    bad('   \r\n ');
    bad('PID|1||P123\rOBX|1|NM|6690-2^WBC^LN||5', 'MSH');
    bad(MSG.replace('ORU^R01^ORU_R01', 'ADT^A01'), 'MSH-9');
    bad('MSHA^~\\&|LIS', 'MSH-1');
    bad(
      'MSH|^~\\&|LIS|LAB|||20240305||ORU^R01|1|P|2.5\rPID|1||SECRET\rOBX|1|NM|6690-2^WBC^LN||12.5',
      'OBX[1]',
    );
    bad('MSH|^~\\&|LIS|LAB|||20240305||ORU^R01|1|P|2.5\rOBR|1\rOBX|1|NM|||12.5', 'OBX[1]-3');
  });

  it('returns a warning, not an error, for a valid message without results', () => {
    const r = parseHl7OruR01('MSH|^~\\&|LIS|LAB|||20240305||ORU^R01|1|P|2.5\rOBR|1', { sourceId: 's' });
    expect(r.observations).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no_lab_table_found']);
  });
});

describe('hl7DateTime', () => {
  it('converts HL7 timestamps to ISO 8601', () => {
    expect(hl7DateTime('20240305')).toBe('2024-03-05');
    expect(hl7DateTime('202403050812')).toBe('2024-03-05T08:12:00');
    expect(hl7DateTime('20240305081230-0500')).toBe('2024-03-05T08:12:30-05:00');
    expect(hl7DateTime('')).toBeUndefined();
  });
});
