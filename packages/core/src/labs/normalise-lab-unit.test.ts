import { describe, expect, it } from 'vitest';
import { convertLabValue } from './convert-lab-value.ts';
import { normaliseLabUnit, toUcum } from './normalise-lab-unit.ts';

const u = (s: string) => normaliseLabUnit(s)?.unit;

describe('normaliseLabUnit', () => {
  it('repairs OCR-mangled exponents to 10^9/L and 10^12/L', () => {
    for (const s of [
      '10^9/L',
      '10~9/L',
      '10`9/L',
      '10*9/L',
      '×10^9/L',
      'x10^9/L',
      '10⁹/L',
      '109/L',
      '10^9/l',
      '10E9/L',
      'G/L',
    ])
      expect(u(s), s).toBe('10^9/L');
    for (const s of ['10^12/L', '10~12/L', '10¹²/L', '1012/L', 'T/L']) expect(u(s), s).toBe('10^12/L');
    // A bare "109/L" is a lost superscript only by elimination: slightly less certain.
    expect(normaliseLabUnit('109/L')?.confidence).toBeLessThan(normaliseLabUnit('10^9/L')?.confidence ?? 0);
  });

  it('fixes litre, femtolitre, micro and case variants', () => {
    expect(u('g/1')).toBe('g/L');
    expect(u('mmol/1')).toBe('mmol/L');
    expect(u('fl')).toBe('fL');
    expect(u('FL')).toBe('fL');
    expect(u('umol/L')).toBe('μmol/L');
    expect(u('µmol/L')).toBe('μmol/L');
    expect(u('μmoI/L')).toBe('μmol/L');
    expect(u('IU/L')).toBe('U/L');
    expect(u('mg/dl')).toBe('mg/dL');
    expect(u('％')).toBe('%');
    expect(u('个/HP')).toBe('/HPF');
    expect(u('ml/min/1.73m2')).toBe('mL/min/1.73m^2');
    expect(u('umol/l')).toBe('μmol/L');
  });

  it('keeps unknown units as printed, with low confidence, and ignores empty', () => {
    expect(normaliseLabUnit('furlong')).toEqual({ unit: 'furlong', confidence: 0.5, known: false });
    expect(normaliseLabUnit('')).toBeUndefined();
    expect(normaliseLabUnit(undefined)).toBeUndefined();
  });

  it('maps to UCUM codes for FHIR', () => {
    expect(toUcum('10^9/L')).toBe('10*9/L');
    expect(toUcum('μmol/L')).toBe('umol/L');
    expect(toUcum('g/L')).toBe('g/L');
    expect(toUcum('furlong')).toBeUndefined();
  });
});

describe('convertLabValue', () => {
  it('converts mg/dL ↔ mmol/L for glucose, cholesterol and triglycerides', () => {
    expect(convertLabValue('glu', 100, 'mg/dL', 'mmol/L')).toBe(5.551);
    expect(convertLabValue('glu', 5.551, 'mmol/L', 'mg/dL')).toBe(100);
    expect(convertLabValue('tc', 200, 'mg/dL', 'mmol/L')).toBe(5.172);
    expect(convertLabValue('tg', 150, 'mg/dL', 'mmol/L')).toBe(1.694);
  });

  it('converts creatinine mg/dL → μmol/L and HbA1c IFCC → NGSP', () => {
    expect(convertLabValue('crea', 1, 'mg/dL', 'μmol/L')).toBe(88.42);
    expect(convertLabValue('hba1c', 53, 'mmol/mol', '%')).toBe(7.0);
    expect(convertLabValue('hba1c', 7, '%', 'mmol/mol')).toBe(53);
  });

  it('refuses unknown conversions instead of assuming one', () => {
    expect(convertLabValue('wbc', 5, '10^9/L', '/μL')).toBeUndefined();
    expect(convertLabValue('alt', 5, 'mg/dL', 'mmol/L')).toBeUndefined();
    expect(convertLabValue('alt', 5, 'U/L', 'U/L')).toBe(5);
  });
});
