import { UNIT_CONVERSIONS } from './unit-conversions-data.ts';

/**
 * Converts a value between two units of one test, in either direction of a listed conversion
 * (mg/dL ↔ mmol/L for glucose and lipids, mg/dL ↔ μmol/L for creatinine...). Returns undefined when
 * no conversion is known: callers must not assume one. Rounded to 4 significant digits so converted
 * numbers do not pretend to more precision than the printed ones.
 */
export function convertLabValue(testId: string, value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  for (const c of UNIT_CONVERSIONS) {
    if (!c.tests.includes(testId)) continue;
    const offset = c.offset ?? 0;
    if (c.from === from && c.to === to) return round4(value * c.scale + offset);
    if (c.from === to && c.to === from) return round4((value - offset) / c.scale);
  }
  return undefined;
}

const round4 = (x: number) => Number(x.toPrecision(4));
