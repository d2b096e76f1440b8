/**
 * Messages that sound alarming but are not emergencies (a black stool after iron, a knock to the head
 * with only low-risk features, a dog's lick, a silica-gel packet, coffee palpitations, checked panic
 * episodes, a baby spitting up, teething, chest ache from coughing), same-day cases that used to be
 * missed (a swallowed coin, new floaters), and department pointers for test results and medicines.
 * Each has a contrasting message that must stay urgent. Phrases are written for the tests, not taken
 * from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { triage } from './triage.ts';
import type { TriageInput } from './triage-types.ts';

const run = (text: string, extra: Omit<TriageInput, 'text'> = {}) => triage({ text, ...extra });
const dept = (text: string, extra: Omit<TriageInput, 'text'> = {}) => run(text, extra).departments[0]?.code;

describe('stool or urine coloured by a food or medicine', () => {
  it('a dark stool on iron tablets or red urine after beetroot, with nothing else, is self-care', () => {
    expect(run('最近在吃补铁的药，大便有点发黑，别的都好', { ageYears: 35 }).disposition).toBe('self_care');
    expect(
      run('my pee turned pink after eating a lot of beets yesterday, no pain', { ageYears: 28 }).disposition,
    ).toBe('self_care');
  });
  it('a tarry stool, or one with dizziness, is still an emergency whatever was eaten', () => {
    expect(run('吃了补铁药，大便黑得像柏油').disposition).toBe('emergency');
    expect(run('taking iron tablets, stools are black and I feel dizzy when I stand').disposition).toBe(
      'emergency',
    );
  });
});

describe('knocks to the head', () => {
  it('cried at once and playing normally is self-care', () => {
    expect(
      run('my 4 year old bumped his head on the table edge, cried right away, now playing as usual', {
        ageYears: 4,
      }).disposition,
    ).toBe('self_care');
  });
  it('vomiting afterwards, a baby, or blood thinners are not', () => {
    expect(
      run('my 4 year old bumped his head, cried right away, but has vomited twice since', { ageYears: 4 })
        .disposition,
    ).toBe('emergency');
    expect(run('宝宝从床上掉下来磕到头，马上哭了，现在在玩', { ageMonths: 8 }).disposition).not.toBe(
      'self_care',
    );
  });
});

describe('animal contact', () => {
  it("an animal's lick on unbroken skin is self-care", () => {
    expect(run('邻居家的猫舔了孩子的手，皮肤没破，需要打针吗', { ageYears: 6 }).disposition).toBe(
      'self_care',
    );
  });
  it('a lick on a wound, or any scratch, is same-day', () => {
    expect(run('被狗舔了一下，手上正好有个伤口').disposition).toBe('urgent');
    expect(run('被猫抓了一下，没出血').disposition).toBe('urgent');
  });
});

describe('swallowed things', () => {
  it('a non-toxic crayon is self-care; a coin is same-day', () => {
    expect(run('my toddler ate a bit of crayon', { ageYears: 2 }).disposition).toBe('self_care');
    const coin = run('my 3 year old swallowed a 10p coin, breathing fine', { ageYears: 3 });
    expect(coin.disposition).toBe('urgent');
    expect(coin.departments.map((d) => d.code)).toContain('paediatrics');
  });
});

describe('palpitations', () => {
  it('a racing heart after strong coffee that is easing is self-care', () => {
    expect(
      run('had two double espressos and my heart was pounding, it is easing off now', { ageYears: 25 })
        .disposition,
    ).toBe('self_care');
  });
  it('brief episodes that stop by themselves and were checked normal are not same-day', () => {
    expect(run('反复心慌，每次几分钟自己就好了，做过动态心电图都正常').disposition).toBe('routine');
  });
  it('without the trigger or the normal tests, palpitations stay same-day', () => {
    expect(run('心慌两天了，一阵一阵的').disposition).toBe('urgent');
  });
});

describe('babies', () => {
  it('a thriving baby bringing up a little milk is self-care', () => {
    expect(run('宝宝两个月，每次喝完奶会溢出一点，体重长得很好', { ageMonths: 2 }).disposition).toBe(
      'self_care',
    );
  });
  it('forceful vomiting in a young baby is not', () => {
    expect(run('宝宝1个月，每次吃完奶都喷射性呕吐', { ageMonths: 1 }).disposition).not.toBe('self_care');
  });
  it('teething with a temperature under 38 °C is self-care; 38 °C or more is not', () => {
    const teething = run('10个月宝宝在长牙，一直流口水，体温37.6', { ageMonths: 10 });
    expect(teething.disposition).toBe('self_care');
    expect(teething.departments.map((d) => d.code)).toContain('paediatrics');
    expect(run('10个月宝宝在长牙，发烧38.6', { ageMonths: 10 }).disposition).not.toBe('self_care');
  });
});

describe('chest ache from coughing', () => {
  it('in a child with a cold it is self-care', () => {
    expect(
      run('my 10 year old gets chest pain only when she coughs, she has a runny nose, otherwise well', {
        ageYears: 10,
      }).disposition,
    ).toBe('self_care');
  });
  it('with breathlessness, or at an older age, it is not', () => {
    expect(
      run('my 10 year old gets chest pain when she coughs and she is short of breath', { ageYears: 10 })
        .disposition,
    ).not.toBe('self_care');
    expect(run('chest pain when I cough', { ageYears: 55 }).disposition).toBe('emergency');
  });
});

describe('same-day eye problems', () => {
  it('new floaters or flashes are same-day ophthalmology', () => {
    const zh = run('左眼最近突然多了好多黑点在飘，眼前还有闪光');
    expect(zh.disposition).toBe('urgent');
    expect(zh.departments[0]?.code).toBe('ophthalmology');
    expect(run('seeing a shower of new floaters in one eye since last night').disposition).toBe('urgent');
  });
});

describe('department pointers for results and medicines', () => {
  it('routes kidney results, liver-virus follow-up, blood counts, vein and medicine requests', () => {
    expect(dept('单位体检肌酐偏高，想复查')).toBe('nephrology');
    expect(dept('my annual hep B check is due')).toBe('infectious_disease');
    expect(dept('blood test says my haemoglobin is low')).toBe('haematology');
    expect(dept('小腿上青筋鼓起来好多年了')).toBe('vascular_surgery');
    expect(dept('ran out of amlodipine, need more')).toBe('cardiology');
  });
  it('HbA1c is a diabetes test, not a blood-count one', () => {
    expect(dept('想查一下糖化血红蛋白')).toBe('endocrinology');
  });
});
