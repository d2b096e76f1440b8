import { describe, expect, it } from 'vitest';
import { pronounsFor, toThirdPerson } from './to-third-person.ts';

const she = pronounsFor('female');

describe('toThirdPerson', () => {
  it("turns the patient's first person into the third, with verb agreement, dropping fillers", () => {
    expect(
      toThirdPerson("um , i'm still forgetting to take my , my blood pressure medication .", 'patient', she),
    ).toBe('She is still forgetting to take her blood pressure medication.');
    expect(toThirdPerson('yeah , i usually take it in the morning .', 'patient', pronounsFor('male'))).toBe(
      'He usually takes it in the morning.',
    );
  });
  it('uses "the patient"/"their" when the sex is not stated', () => {
    expect(toThirdPerson("i've had this pain in my knee .", 'patient', pronounsFor(undefined))).toBe(
      'The patient has had this pain in their knee.',
    );
  });
  it("turns the doctor's second person into the third and words intentions as the plan", () => {
    expect(toThirdPerson("i'm gon na increase your lisinopril to 40 milligrams a day .", 'doctor', she)).toBe(
      'We will increase her lisinopril to 40 milligrams a day.',
    );
    expect(toThirdPerson('and you have some swelling in your legs .', 'doctor', she)).toBe(
      'She has some swelling in her legs.',
    );
  });
  it('gives up on a patient sentence addressed to the doctor', () => {
    expect(toThirdPerson('you told me to take it twice .', 'patient', she)).toBeUndefined();
  });
});
