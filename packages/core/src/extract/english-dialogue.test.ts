import { describe, expect, it } from 'vitest';
import type { Fact } from '../types/fact.ts';
import { extractTranscript } from './extract-transcript.ts';

// English conversational and ASR-shaped turns (ACI-BENCH style): answers, negation scope, run-on
// turns without punctuation, and lay forms of symptoms.
const facts = (s: string): Fact[] => extractTranscript(s).facts;
const statuses = (fs: Fact[], en: string): string[] =>
  fs.filter((f) => f.display.en === en).map((f) => f.status);

describe('extractTranscript (en) answers', () => {
  it('reads "none of that" / "neither" as a no to the questions before it', () => {
    const fs = facts('[doctor] any headaches ? dizziness ?\n[patient] um , none of that really .');
    expect(statuses(fs, 'Headache')).toEqual(['absent']);
    expect(statuses(fs, 'Dizziness')).toEqual(['absent']);
    expect(statuses(facts('[doctor] any cough or fever ?\n[patient] neither .'), 'Cough')).toEqual([
      'absent',
    ]);
  });
  it('still reads a bare "i do n\'t" as a no', () => {
    expect(statuses(facts("[doctor] do you get rashes ?\n[patient] i do n't ."), 'Rash')).toEqual(['absent']);
  });
});

describe('extractTranscript (en) negation scope', () => {
  it('a first-person negated auxiliary negates the verb phrase it opens', () => {
    expect(statuses(facts("[doctor] i do n't see any rash on your arms ."), 'Rash')).toEqual(['absent']);
    expect(statuses(facts("[patient] i did n't notice any swelling ."), 'Swelling')).toEqual(['absent']);
  });
  it('reads a wish as the absence of what is wished for', () => {
    expect(statuses(facts('[patient] honestly i wish i had some weight loss .'), 'Weight loss')).toEqual([
      'absent',
    ]);
  });
  it('an "if" far back in a run-on turn no longer makes a finding hypothetical', () => {
    const fs = facts(
      '[doctor] if you want we can go over the plan at the end now let me look at your leg your skin is warm and there is some bruising on the shin',
    );
    expect(statuses(fs, 'Bruising')).toEqual(['present']);
    // Close by, "if" still governs: advice is not a finding.
    expect(facts('[doctor] call me if you get a fever .')).toHaveLength(0);
  });
  it('a polite "if that\'s okay" asserts nothing hypothetical', () => {
    expect(
      statuses(facts("[doctor] if that's okay i'll examine you . you have some bruising here ."), 'Bruising'),
    ).toEqual(['present']);
  });
});

describe('extractTranscript (en) run-on turns', () => {
  it('a filler before a question opener starts a new sentence (unpunctuated ASR)', () => {
    const fs = facts(
      '[doctor] glad you enjoyed the trip it sounds like it was a lot of fun so have you had any headaches since then\n[patient] no',
    );
    expect(statuses(fs, 'Headache')).toEqual(['absent']);
  });
  it('a question opened after "now" is still a question', () => {
    const fs = facts('[doctor] okay now are you having any cough\n[patient] no');
    expect(statuses(fs, 'Cough')).toEqual(['absent']);
  });
  it('a filler inside a statement does not make a question of it', () => {
    const fs = facts('[patient] my knee pain is um any time i walk');
    expect(statuses(fs, 'Joint pain')).toEqual(['present']);
  });
});

describe('extractTranscript (en) lay forms and sites', () => {
  it('composes a pain with a site placed by "the … side of my …"', () => {
    expect(
      statuses(facts('[patient] i have pain on the left side of my abdomen .'), 'Abdominal pain'),
    ).toEqual(['present']);
    expect(statuses(facts('[patient] there is pain on the inside part of the knee .'), 'Joint pain')).toEqual(
      ['present'],
    );
  });
  it('"right hand side" is a direction, not a hand', () => {
    const fs = facts('[patient] the pain is on the right hand side .');
    expect(statuses(fs, 'Limb pain')).toEqual([]);
  });
  it('reads lay forms of urinary symptoms and sweating', () => {
    expect(
      statuses(facts('[patient] it hurts when i pee and i get pain when i urinate .'), 'Dysuria'),
    ).toEqual(['present']);
    expect(statuses(facts('[doctor] any blood in the urine ?\n[patient] no .'), 'Haematuria')).toEqual([
      'absent',
    ]);
    expect(statuses(facts('[patient] then i broke out in a sweat .'), 'Sweating')).toEqual(['present']);
    expect(
      statuses(facts('[doctor] and no blood in your stools ?\n[patient] no .'), 'Blood in stool'),
    ).toEqual(['absent']);
  });
});
