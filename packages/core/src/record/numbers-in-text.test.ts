import { describe, expect, it } from 'vitest';
import { numbersInText } from './numbers-in-text.ts';

describe('numbersInText', () => {
  it('reads every English cardinal word in front of a unit, from the shared table', () => {
    expect(numbersInText('smoked for forty years, two tablets twice')).toEqual([40, 2]);
    expect(numbersInText('thirteen days of cough')).toEqual([13]);
  });
  it('does not read number words that are not quantities', () => {
    expect(numbersInText('one of the reasons; a day')).toEqual([]);
    expect(numbersInText('一般情况可，一直咳嗽')).toEqual([]);
  });
  it('reads Arabic digits and Chinese numerals before a measure word', () => {
    expect(numbersInText('血压160/100，咳嗽三天')).toEqual([160, 100, 3]);
  });
});
