import { readFileSync, readdirSync } from 'node:fs';
import { reconstructLabTables, matchLabName } from '@yizhu/core';
const [seed, id, set, filter] = process.argv.slice(2);
const dir = `/tmp/yizhu-eval-labs/seed-${seed}`;
const f = readdirSync(dir).find((x) => x.startsWith(`${id}-${set}`) && x.includes('.ocr-'))!;
const pages = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const p = pages[0];
const re = filter ? new RegExp(filter) : undefined;
if (process.env.BOXES)
  for (const b of p.boxes) console.log(JSON.stringify(b.text), b.box.map(Math.round).join(','), b.score);
const tables = reconstructLabTables([{ page: 1, boxes: p.boxes }], 'x', {
  nameScore: (n) => matchLabName(n)[0]?.confidence ?? 0,
});
for (const t of tables) {
  console.log('TABLE', t.columns.map((c) => c.role).join(' '));
  for (const r of t.rows) {
    const line = Object.entries(r.cells)
      .map(([k, c]) => `${k}=${JSON.stringify(c!.text)}@${c!.score.toFixed(2)}`)
      .join(' | ');
    if (!re || re.test(line)) console.log('  ', line);
  }
}
