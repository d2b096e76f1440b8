/**
 * `npm run bench -- extract`: lexicon load time (cold, in a fresh Terminology) and dialogue
 * throughput in turns per second on one core (the engine is synchronous, so one process = one core).
 * Prints figures, asserts nothing.
 */
import { extractTranscript } from '../../packages/core/src/extract/index.ts';
import { Terminology } from '../../packages/core/src/terminology/index.ts';

const ZH_TURNS = [
  '医生：您好，哪里不舒服？',
  '患者：嗯，那个，咳嗽三天了，晚上咳得厉害，有点发烧，昨天烧到三十八度五。',
  '医生：有没有流鼻涕、嗓子疼？',
  '患者：没有，就是有点胸闷，喘不上气。',
  '医生：以前有高血压糖尿病吗？现在吃什么药？',
  '患者：高血压十年了，吃着氨氯地平，每天一片5毫克，我爸也有高血压。',
  '医生：血压多少？',
  '患者：高压一百五，低压九十。',
];
const EN_TURNS = [
  '[doctor] any chest pain or shortness of breath ?',
  "[patient] no , not that i've noticed , but i have had a headache for about three days .",
  '[doctor] okay . your blood pressure today is 140/90 and your heart rate is 72 .',
  "[patient] i take lisinopril 20 mg once a day and i'm allergic to penicillin .",
];

function bench(label: string, turns: string[], totalTurns: number, T: Terminology): void {
  const lines: string[] = [];
  while (lines.length < totalTurns) lines.push(...turns);
  const text = lines.slice(0, totalTurns).join('\n');
  const limits = { maxTurns: totalTurns + 1, maxChars: text.length + 1 };
  extractTranscript(text, { terminology: T, limits }); // warm-up (JIT)
  const runs = 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) extractTranscript(text, { terminology: T, limits });
  const ms = (performance.now() - t0) / runs;
  const perVisit = (ms / totalTurns) * 200; // a 20-minute visit ≈ 200 turns
  console.log(
    `${label.padEnd(4)} ${totalTurns} turns: ${ms.toFixed(1)} ms → ${Math.round((totalTurns / ms) * 1000).toLocaleString('en')} turns/s; 200-turn visit ≈ ${perVisit.toFixed(2)} ms`,
  );
}

export async function run(_args: string[]): Promise<void> {
  const t0 = performance.now();
  const T = new Terminology();
  const loadMs = performance.now() - t0;
  console.log(`lexicon load: ${loadMs.toFixed(1)} ms (${T.termCount} terms)`);
  bench('zh', ZH_TURNS, 20_000, T);
  bench('en', EN_TURNS, 20_000, T);
}
