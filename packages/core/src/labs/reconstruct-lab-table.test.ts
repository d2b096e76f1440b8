import { describe, expect, it } from 'vitest';
import { tableBoxes, textBox } from './lab-test-fixtures.ts';
import { splitBoxTokens } from './ocr-page-geometry.ts';
import { reconstructLabTables, type LabTableRow } from './reconstruct-lab-table.ts';

const cells = (rows: LabTableRow[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v?.text])));

describe('reconstructLabTables', () => {
  it('reads header columns in any order and keeps each box as image evidence', () => {
    const boxes = tableBoxes({
      x: 20,
      y: 100,
      colX: [0, 120, 200, 300, 380],
      header: ['参考范围', '项目', '结果', '提示', '单位'],
      rows: [['3.5-9.5', '白细胞计数', '12.5', '↑', '10^9/L']],
    });
    const [t] = reconstructLabTables([{ page: 2, boxes }], 'src');
    expect(cells(t?.rows ?? [])).toEqual([
      { range: '3.5-9.5', name: '白细胞计数', value: '12.5', flag: '↑', unit: '10^9/L' },
    ]);
    const value = t?.rows[0]?.cells.value;
    expect(value?.evidence).toEqual([
      { sourceId: 'src', locator: { kind: 'image', page: 2, box: boxes[7]?.box } },
    ]);
    expect(value?.score).toBe(0.98);
  });

  it('reads English headers', () => {
    const boxes = tableBoxes({
      x: 0,
      y: 0,
      colX: [0, 200, 280, 360],
      header: ['Test', 'Result', 'Units', 'Reference Range'],
      rows: [['Hemoglobin', '128', 'g/L', '130-175']],
    });
    expect(cells(reconstructLabTables([{ page: 1, boxes }], 's')[0]?.rows ?? [])).toEqual([
      { name: 'Hemoglobin', value: '128', unit: 'g/L', range: '130-175' },
    ]);
  });

  it('splits two tables printed side by side', () => {
    const spec = { y: 100, colX: [0, 150, 210, 290], header: ['项目', '结果', '单位', '参考范围'] };
    const boxes = [
      ...tableBoxes({
        ...spec,
        x: 20,
        rows: [
          ['白细胞计数', '6.5', '10^9/L', '3.5-9.5'],
          ['红细胞计数', '4.5', '10^12/L', '4.3-5.8'],
        ],
      }),
      ...tableBoxes({ ...spec, x: 420, rows: [['血小板计数', '250', '10^9/L', '125-350']] }),
    ];
    const tables = reconstructLabTables([{ page: 1, boxes }], 's');
    expect(tables).toHaveLength(2);
    expect(cells(tables[0]?.rows ?? []).map((c) => c.name)).toEqual(['白细胞计数', '红细胞计数']);
    expect(cells(tables[1]?.rows ?? [])).toEqual([
      { name: '血小板计数', value: '250', unit: '10^9/L', range: '125-350' },
    ]);
  });

  it('keeps the left table when faint print lost its name header and misread its result header', () => {
    const spec = { y: 100, colX: [0, 150, 210, 290], header: ['项目', '结果', '单位', '参考范围'] };
    const left = tableBoxes({
      ...spec,
      x: 20,
      header: ['', '结量', '单位', '参考范围'],
      rows: [['白细胞计数', '6.5', '10^9/L', '3.5-9.5']],
    }).filter((b) => b.text !== '');
    const boxes = [
      ...left,
      ...tableBoxes({ ...spec, x: 420, rows: [['血小板计数', '250', '10^9/L', '125-350']] }),
    ];
    const tables = reconstructLabTables([{ page: 1, boxes }], 's');
    expect(tables.map((t) => cells(t.rows))).toEqual([
      [{ name: '白细胞计数', value: '6.5', unit: '10^9/L', range: '3.5-9.5' }],
      [{ name: '血小板计数', value: '250', unit: '10^9/L', range: '125-350' }],
    ]);
  });

  it('reads a lone table whose name header was lost when three header words remain', () => {
    const rows = [
      ['丙氨酸氨基转移酶', '41', 'U/L', '9-50'],
      ['天门冬氨酸氨基转移酶', '20', 'U/L', '15-40'],
    ];
    const spec = { x: 20, y: 100, colX: [0, 200, 280, 360], rows };
    const lost = tableBoxes({ ...spec, header: ['项', '结果', '单位', '参考范围'] });
    expect(cells(reconstructLabTables([{ page: 1, boxes: lost }], 's')[0]?.rows ?? [])).toEqual([
      { name: '丙氨酸氨基转移酶', value: '41', unit: 'U/L', range: '9-50' },
      { name: '天门冬氨酸氨基转移酶', value: '20', unit: 'U/L', range: '15-40' },
    ]);
    // Two header words alone are not enough to call a line a table header.
    const two = tableBoxes({ ...spec, header: ['项', '结果', '单位', ''] }).filter((b) => b.text);
    expect(reconstructLabTables([{ page: 1, boxes: two }], 's')).toEqual([]);
  });

  it('gives a side-by-side table whose result header was lost the result column of its neighbour', () => {
    // Both tables from one template; the right one's 结果 read as a lone "结" (blur, curled page).
    const spec = { y: 100, colX: [0, 150, 210, 290], header: ['项目', '结果', '单位', '参考范围'] };
    const boxes = [
      ...tableBoxes({ ...spec, x: 20, rows: [['白细胞计数', '6.5', '10^9/L', '3.5-9.5']] }),
      ...tableBoxes({
        ...spec,
        x: 420,
        header: ['项目', '结', '单位', '参考范围'],
        rows: [['血小板计数', '250', '10^9/L', '125-350']],
      }),
    ];
    expect(reconstructLabTables([{ page: 1, boxes }], 's').map((t) => cells(t.rows))).toEqual([
      [{ name: '白细胞计数', value: '6.5', unit: '10^9/L', range: '3.5-9.5' }],
      [{ name: '血小板计数', value: '250', unit: '10^9/L', range: '125-350' }],
    ]);
  });

  it('takes the lost result column from a neighbour that lost another header word of its own', () => {
    // English side-by-side template. Left: "Result" unreadable, "Unit" read. Right: "Unit" unreadable
    // ("Unic"). The roles both show (Test, Reference, Flag) keep their order, so the template holds.
    const spec = { y: 100, colX: [0, 150, 210, 290, 370] };
    const boxes = [
      ...tableBoxes({
        ...spec,
        x: 20,
        header: ['Test', 'Resuk', 'Unit', 'Reference', 'Flag'],
        rows: [
          ['WBC', '6.5', '10^9/L', '3.5-9.5', ''],
          ['RBC', '4.5', '10^12/L', '4.3-5.8', ''],
        ],
      }),
      ...tableBoxes({
        ...spec,
        x: 440,
        header: ['Test', 'Result', 'Unic', 'Reference', 'Flag'],
        rows: [['PLT', '400', '10^9/L', '125-350', 'H']],
      }),
    ].filter((b) => b.text !== 'Resuk' && b.text !== 'Unic');
    expect(reconstructLabTables([{ page: 1, boxes }], 's').map((t) => cells(t.rows))).toEqual([
      [
        { name: 'WBC', value: '6.5', unit: '10^9/L', range: '3.5-9.5' },
        { name: 'RBC', value: '4.5', unit: '10^12/L', range: '4.3-5.8' },
      ],
      // No unit header: the unit lands in the result column, where the cell parser separates it.
      [{ name: 'PLT', value: '400 10^9/L', range: '125-350', flag: 'H' }],
    ]);
  });

  it('ends a table at an incomplete table on its left, whose cells must not leak into its names', () => {
    // Two templates side by side; the left table's 结果 was lost and the right one prints its columns
    // in another order, so it cannot lend its result column. The left table is not read, but its cells
    // are not the right table's either.
    const left = tableBoxes({
      x: 20,
      y: 100,
      colX: [0, 150, 210, 290],
      header: ['项目', '', '单位', '参考范围'],
      rows: [['白细胞计数', '6.5', '10^9/L', '3.5-9.5']],
    }).filter((b) => b.text !== '');
    const right = tableBoxes({
      x: 420,
      y: 100,
      colX: [0, 150, 230, 290],
      header: ['项目', '参考范围', '结果', '单位'],
      rows: [['血小板计数', '125-350', '250', '10^9/L']],
    });
    expect(
      reconstructLabTables([{ page: 1, boxes: [...left, ...right] }], 's').map((t) => cells(t.rows)),
    ).toEqual([[{ name: '血小板计数', range: '125-350', value: '250', unit: '10^9/L' }]]);
  });

  it('repairs a header word that lost a glyph ("考范围"), so ranges do not fall into the unit column', () => {
    const boxes = tableBoxes({
      x: 0,
      y: 0,
      colX: [0, 150, 210, 290],
      header: ['项目', '结果', '单位', '考范围'],
      rows: [
        ['尿蛋白', '阴性', '', '阴性'],
        ['尿比重', '1.018', '', '1.003-1.030'],
      ],
    });
    expect(cells(reconstructLabTables([{ page: 1, boxes }], 's')[0]?.rows ?? [])).toEqual([
      { name: '尿蛋白', value: '阴性', range: '阴性' },
      { name: '尿比重', value: '1.018', range: '1.003-1.030' },
    ]);
  });

  it('does not repair a one-glyph-off header word on a line without other header words', () => {
    const boxes = tableBoxes({
      x: 0,
      y: 0,
      colX: [0, 150, 210],
      header: ['项目', '结量', '单果'],
      rows: [['白细胞计数', '6.5', '10^9/L']],
    });
    expect(reconstructLabTables([{ page: 1, boxes }], 's')).toEqual([]);
  });

  it('merges wrapped names into the right row, decided by how the name reads', () => {
    const boxes = tableBoxes({
      x: 0,
      y: 0,
      colX: [0, 150, 210, 290],
      header: ['项目', '结果', '单位', '参考范围'],
      rows: [
        ['平均红细胞血红蛋白', '330', 'g/L', '316-354'],
        ['浓度', '', '', ''],
        ['红细胞分布宽度', '', '', ''],
        ['-CV', '13.1', '%', '11.5-14.5'],
        ['血红蛋白', '150', 'g/L', '130-175'],
        ['', '', '', '女:115-150'],
      ],
    });
    const nameScore = (n: string) =>
      ['平均红细胞血红蛋白浓度', '红细胞分布宽度-CV', '血红蛋白'].includes(n) ? 1 : 0;
    const rows = reconstructLabTables([{ page: 1, boxes }], 's', { nameScore })[0]?.rows ?? [];
    expect(cells(rows)).toEqual([
      { name: '平均红细胞血红蛋白浓度', value: '330', unit: 'g/L', range: '316-354' },
      { name: '红细胞分布宽度 -CV', value: '13.1', unit: '%', range: '11.5-14.5' },
      { name: '血红蛋白', value: '150', unit: 'g/L', range: '130-175 女:115-150' },
    ]);
  });

  it('tolerates residual skew across a wide row', () => {
    const boxes = tableBoxes({
      x: 0,
      y: 100,
      slope: 0.05, // ~3°: 20 px drift across the row, almost a full row height
      colX: [0, 200, 300, 400],
      header: ['项目', '结果', '单位', '参考范围'],
      rows: [
        ['白细胞计数', '6.5', '10^9/L', '3.5-9.5'],
        ['红细胞计数', '4.5', '10^12/L', '4.3-5.8'],
      ],
    });
    expect(cells(reconstructLabTables([{ page: 1, boxes }], 's')[0]?.rows ?? [])).toEqual([
      { name: '白细胞计数', value: '6.5', unit: '10^9/L', range: '3.5-9.5' },
      { name: '红细胞计数', value: '4.5', unit: '10^12/L', range: '4.3-5.8' },
    ]);
  });

  it('splits a header box the detector merged, and a value box spanning columns', () => {
    const boxes = [
      {
        text: '项目      结果    单位      参考范围',
        box: [0, 0, 400, 16] as [number, number, number, number],
        score: 0.99,
      },
      textBox('白细胞计数', 0, 30),
      { text: '6.5  10^9/L', box: [150, 30, 130, 16] as [number, number, number, number], score: 0.97 },
      textBox('3.5-9.5', 300, 30),
    ];
    const rows = reconstructLabTables([{ page: 1, boxes }], 's')[0]?.rows ?? [];
    expect(cells(rows)).toEqual([{ name: '白细胞计数', value: '6.5', unit: '10^9/L', range: '3.5-9.5' }]);
  });

  it('stops a table at a large vertical gap (signatures below)', () => {
    const boxes = [
      ...tableBoxes({
        x: 0,
        y: 0,
        colX: [0, 150, 210, 290],
        header: ['项目', '结果', '单位', '参考范围'],
        rows: [['血红蛋白', '150', 'g/L', '130-175']],
      }),
      textBox('检验者：某某', 0, 300),
      textBox('审核者', 150, 300),
    ];
    expect(reconstructLabTables([{ page: 1, boxes }], 's')[0]?.rows).toHaveLength(1);
  });

  it('finds no table without a header containing both a name and a result column', () => {
    expect(reconstructLabTables([], 's')).toEqual([]);
    expect(reconstructLabTables([{ page: 1, boxes: [] }], 's')).toEqual([]);
    const onlyResult = [textBox('结果', 0, 0), textBox('单位', 100, 0), textBox('6.5', 0, 30)];
    expect(reconstructLabTables([{ page: 1, boxes: onlyResult }], 's')).toEqual([]);
  });
});

describe('splitBoxTokens', () => {
  it('estimates token boxes inside a merged box from glyph widths', () => {
    const parts = splitBoxTokens({ text: '结果 单位', box: [0, 0, 44, 10], score: 0.9 });
    expect(parts.map((p) => p.text)).toEqual(['结果', '单位']);
    expect(parts[0]?.box[0]).toBe(0);
    expect(parts[1]?.box[0]).toBeGreaterThan(20);
    expect(splitBoxTokens({ text: '白细胞', box: [0, 0, 42, 10], score: 1 })).toHaveLength(1);
  });
});
