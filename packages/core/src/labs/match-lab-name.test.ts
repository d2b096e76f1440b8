import { describe, expect, it } from 'vitest';
import { LAB_REVIEW_THRESHOLD } from './build-lab-observation.ts';
import { matchLabName } from './match-lab-name.ts';
import { dominantPanel, resolveLabTest } from './resolve-lab-test.ts';
import { LAB_LEXICON } from './lab-lexicon.ts';

const top = (name: string) => matchLabName(name)[0];
const ids = (name: string) => matchLabName(name).map((c) => c.test.id);

describe('matchLabName', () => {
  it('matches canonical names, abbreviations and English names exactly', () => {
    expect(top('白细胞计数')).toMatchObject({ confidence: 1, via: 'exact' });
    expect(top('白细胞计数')?.test.id).toBe('wbc');
    expect(top('HGB')?.test.id).toBe('hgb');
    expect(top('Mean corpuscular volume')?.test.id).toBe('mcv');
    expect(top('丙氨酸氨基转移酶(ALT)')?.test.id).toBe('alt');
    expect(top('★1 血小板计数 PLT')?.test.id).toBe('plt');
    expect(top('ＨＧＢ')?.test.id).toBe('hgb'); // full-width print
  });

  it('reads an English name whose bracketed abbreviation lost its brackets, only when both agree', () => {
    expect(top('Aspartate aminotransferase AST')).toMatchObject({ confidence: 1 });
    expect(top('Aspartate aminotransferase AST')?.test.id).toBe('ast');
    expect(top('Gamma-glutamyl transferaseGGT')?.test.id).toBe('ggt');
    // The abbreviation of another test does not vouch for the name.
    expect(top('Aspartate aminotransferase ALT')?.confidence ?? 0).toBeLessThan(LAB_REVIEW_THRESHOLD);
  });

  it('repairs visual OCR confusions above the review threshold (自细胞/白细施 → 白细胞计数)', () => {
    for (const noisy of ['自细胞计数', '白细施计数', '白细胞计教']) {
      const c = top(noisy);
      expect(c?.test.id, noisy).toBe('wbc');
      expect(c?.via).toBe('confusable');
      expect(c?.confidence).toBeGreaterThan(LAB_REVIEW_THRESHOLD);
    }
    expect(ids('自细胞')).toContain('wbc'); // shared with urinalysis: resolved by context
    expect(top('甘油三脂')?.test.id).toBe('tg');
    expect(top('肌肝')?.test.id).toBe('crea');
  });

  it('never confidently turns one real test into another (RBC/WBC, 红/白细胞)', () => {
    const wbcFromRbc = matchLabName('RBC').find((c) => c.test.id === 'wbc');
    expect(wbcFromRbc).toBeUndefined();
    const fromRed = matchLabName('红细胞计数').find((c) => c.test.id === 'wbc');
    expect(fromRed === undefined || fromRed.confidence < LAB_REVIEW_THRESHOLD).toBe(true);
    // Non-visual edit: kept as a suggestion only, below the threshold.
    const c = top('白细口计数');
    expect(c?.test.id).toBe('wbc');
    expect(c?.confidence).toBeLessThan(LAB_REVIEW_THRESHOLD);
  });

  it('recognises truncated names, and a truncation shared by two tests is a tie', () => {
    expect(top('谷丙转氨')).toMatchObject({ via: 'truncated' });
    expect(top('谷丙转氨')?.test.id).toBe('alt');
    const both = matchLabName('平均红细胞血红蛋白');
    expect(both.map((c) => c.test.id).sort()).toEqual(['mch', 'mchc']);
    expect(both[0]?.confidence).toBe(both[1]?.confidence);
  });

  it('finds nothing in garbage and empty text', () => {
    for (const g of ['', '   ', '姓名', '张三', '检验者', '2024-03-05', 'xyzzy', '@@@'])
      expect(matchLabName(g), g).toEqual([]);
  });
});

describe('resolveLabTest', () => {
  it('uses unit and value kind to separate same-named tests', () => {
    const c = matchLabName('白细胞');
    expect(resolveLabTest(c, { unit: '10^9/L', valueKind: 'number' }).test?.id).toBe('wbc');
    expect(resolveLabTest(c, { valueKind: 'qualitative' }).test?.id).toBe('u_leu');
    expect(resolveLabTest(c, { unit: '/HPF', valueKind: 'number' }).test?.id).toBe('u_wbc');
    expect(resolveLabTest(matchLabName('葡萄糖'), { valueKind: 'qualitative' }).test?.id).toBe('u_glu');
    expect(resolveLabTest(matchLabName('葡萄糖'), { unit: 'mmol/L', valueKind: 'number' }).test?.id).toBe(
      'glu',
    );
  });

  it('keeps an unbroken tie below the threshold, and a panel hint breaks it', () => {
    const c = matchLabName('白细胞');
    const r = resolveLabTest(c, { valueKind: 'number' });
    expect(r.reason).toBe('name_ambiguous');
    expect(r.confidence).toBeLessThan(LAB_REVIEW_THRESHOLD);
    expect(resolveLabTest(c, { valueKind: 'number', panelHint: 'cbc' })).toMatchObject({ confidence: 1 });
    expect(resolveLabTest(matchLabName('平均红细胞血红蛋白'), { unit: 'pg' }).test?.id).toBe('mch');
  });

  it('reports unknown names', () => {
    expect(resolveLabTest([], {})).toEqual({ confidence: 0, reason: 'name_unknown' });
  });

  it('dominantPanel picks the most frequent panel', () => {
    const t = (id: string) => LAB_LEXICON.byId.get(id);
    expect(dominantPanel([t('wbc'), t('rbc'), t('alt'), undefined])).toBe('cbc');
    expect(dominantPanel([])).toBeUndefined();
  });
});
