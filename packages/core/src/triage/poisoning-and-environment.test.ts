/**
 * Poisonings and environmental injuries: wild mushrooms, tablets swallowed by the box, button cells,
 * electric shock, heat, crushing, dark urine after exertion, fumes from a boiler and alcohol
 * withdrawal. Phrases here are written for the tests, not taken from eval vignettes.
 */
import { describe, expect, it } from 'vitest';
import { triage } from './triage.ts';
import type { TriageInput } from './triage-types.ts';

const run = (text: string, extra: Omit<TriageInput, 'text'> = {}) => triage({ text, ...extra });
const flags = (text: string, extra: Omit<TriageInput, 'text'> = {}) =>
  run(text, extra).redFlags.map((f) => f.id);

describe('wild mushrooms', () => {
  it('symptoms after eating wild or foraged mushrooms are an emergency', () => {
    expect(flags('周末去山里采了些野生菌回来炒着吃，半夜开始肚子疼拉肚子')).toContain(
      'wild_mushroom_with_symptoms',
    );
    expect(flags('we cooked mushrooms we foraged in the park and now my husband keeps vomiting')).toContain(
      'wild_mushroom_with_symptoms',
    );
  });
  it('shop mushrooms are not', () => {
    expect(flags('中午吃了一盘香菇炒肉，有点恶心')).not.toContain('wild_mushroom_with_symptoms');
  });
});

describe('tablets and button cells', () => {
  it('a whole box of tablets said object-first is an overdose', () => {
    expect(flags('她把一板布洛芬都吃了')).toContain('poisoning_or_overdose');
  });
  it('a coin or button cell is an emergency however the sentence runs', () => {
    expect(flags('I think he swallowed one of the little button cells from his toy')).toContain(
      'poisoning_or_overdose',
    );
    expect(flags('the coin battery from the kitchen scale is missing and she had it in her mouth')).toContain(
      'poisoning_or_overdose',
    );
  });
});

describe('electric shock', () => {
  it('a shock with chest or heart symptoms is an emergency', () => {
    expect(flags('修电闸的时候触电了，现在胸口闷、心慌')).toContain('electric_injury_with_signs');
    expect(flags('got a shock from a live wire at work, now my chest feels tight')).toContain(
      'electric_injury_with_signs',
    );
  });
  it('a small shock with nothing else is same-day, not an ambulance', () => {
    expect(run('插座漏电被电了一下，现在没什么感觉').disposition).toBe('urgent');
  });
});

describe('heat', () => {
  it('collapse or confusion in the heat is an emergency', () => {
    expect(flags('三伏天在地里干活，老伴突然晕倒了，身上滚烫')).toContain('heat_with_collapse_or_confusion');
    expect(flags('working outside in a heat wave, my dad collapsed and is confused')).toContain(
      'heat_with_collapse_or_confusion',
    );
  });
  it('mild dizziness in the sun that is already easing is self-care', () => {
    const r = run(
      'walked around in the hot sun all afternoon, felt a bit dizzy and sweaty, had water and now feeling much better',
      { ageYears: 30 },
    );
    expect(r.disposition).toBe('self_care');
    expect(r.departments[0]?.code).toBe('general_internal');
  });
});

describe('crushing and muscle breakdown', () => {
  it('being trapped under something heavy is an emergency', () => {
    expect(flags('my brother was trapped under a collapsed wall for three hours')).toContain(
      'crush_or_dark_urine_after_exertion',
    );
    expect(flags('楼板塌下来把他压住了，压了有三个小时')).toContain('crush_or_dark_urine_after_exertion');
  });
  it('cola- or tea-coloured urine after hard exercise is an emergency', () => {
    expect(
      flags('ran a marathon yesterday and today my urine is dark brown and my legs are killing me'),
    ).toContain('crush_or_dark_urine_after_exertion');
    expect(flags('昨天健身练完腿，今天尿是浓茶色的，大腿又肿又疼')).toContain(
      'crush_or_dark_urine_after_exertion',
    );
  });
  it('dark yellow urine after a run is not', () => {
    expect(flags('after my run my pee was dark yellow, drinking more water now')).not.toContain(
      'crush_or_dark_urine_after_exertion',
    );
  });
  it('a foot run over by a scooter is not read as being trapped', () => {
    expect(flags('脚被电动车压了一下，有点肿')).not.toContain('crush_or_dark_urine_after_exertion');
  });
});

describe('fumes', () => {
  it('headaches with a gas boiler at home are an emergency', () => {
    expect(flags('since the gas boiler was fixed badly, we all get headaches in the flat')).toContain(
      'indoor_fumes_with_symptoms',
    );
  });
  it('feeling better outdoors is not on its own read as fumes', () => {
    expect(flags('头有点疼，出去走走就好了')).not.toContain('indoor_fumes_with_symptoms');
  });
});

describe('alcohol withdrawal', () => {
  it('seeing things after stopping drinking is an emergency; shakes with sweats are same-day', () => {
    expect(flags('老公戒酒第二天，浑身出大汗，说看见天花板上有虫子')).toContain('alcohol_withdrawal_danger');
    expect(
      run('stopped drinking 3 days ago after years of heavy use, now has the shakes and is sweating a lot')
        .disposition,
    ).toBe('urgent');
  });
  it('the years of drinking given as the only duration do not hide it', () => {
    expect(flags('喝了三十年酒，这两天停酒了，人糊涂了')).toContain('alcohol_withdrawal_danger');
  });
});
