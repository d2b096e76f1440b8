import { createHash } from 'node:crypto';

/**
 * A tiny PDF writer for tests, so no binary fixtures are committed. Text uses Helvetica (ASCII) or,
 * for any other character, a Type0/Identity-H font whose CIDs are the UTF-16 code units with a
 * ToUnicode map (no glyphs embedded: enough for a text layer, rendered with a substitute font).
 * Images are JPEGs embedded as they are (DCTDecode), as a scanner writes them. Optional RC4-40
 * encryption (standard security handler, revision 2) for password tests.
 */
export interface PdfText {
  /** Left edge and baseline, in points from the page's top-left corner. */
  x: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfImage {
  jpeg: Buffer;
  pixelWidth: number;
  pixelHeight: number;
  channels: 1 | 3;
  /** Placement in points from the top-left corner. */
  box: [x: number, y: number, w: number, h: number];
}

export interface PdfPageSpec {
  width?: number;
  height?: number;
  texts?: PdfText[];
  image?: PdfImage;
  /** The page's /Rotate. */
  rotate?: 0 | 90 | 180 | 270;
}

export interface PdfOptions {
  /** Encrypts streams; an empty user password opens without asking (owner restrictions only). */
  encrypt?: { userPassword: string; ownerPassword: string };
}

const A4: [number, number] = [595, 842];

export function makePdf(pages: readonly PdfPageSpec[], opts: PdfOptions = {}): Buffer {
  const cjkChars = new Set<number>();
  for (const p of pages)
    for (const t of p.texts ?? []) if (!isAscii(t.text)) for (const c of utf16(t.text)) cjkChars.add(c);
  if (opts.encrypt && cjkChars.size > 0) throw new Error('makePdf: encryption is for ASCII pages only');

  // Object numbers: 1 catalog, 2 pages, 3 Helvetica, 4 Type0, 5 CIDFont, 6 descriptor, 7 ToUnicode,
  // then three per page (page, content, image).
  const objects: (string | { dict: string; stream: Buffer })[] = [];
  const set = (n: number, o: (typeof objects)[number]) => (objects[n] = o);
  const pageNum = (i: number) => 8 + i * 3;
  set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  set(
    2,
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageNum(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  set(
    4,
    '<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 7 0 R >>',
  );
  set(
    5,
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>',
  );
  set(
    6,
    '<< /Type /FontDescriptor /FontName /TestSong /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  set(7, { dict: '', stream: Buffer.from(toUnicodeCMap([...cjkChars].sort((a, b) => a - b))) });

  pages.forEach((p, i) => {
    const [w, h] = [p.width ?? A4[0], p.height ?? A4[1]];
    const n = pageNum(i);
    const ops: string[] = [];
    if (p.image) {
      const [x, y, iw, ih] = p.image.box;
      ops.push(`q ${iw} 0 0 ${ih} ${x} ${h - y - ih} cm /Im1 Do Q`);
      set(n + 2, {
        dict: `/Type /XObject /Subtype /Image /Width ${p.image.pixelWidth} /Height ${p.image.pixelHeight} /ColorSpace /${p.image.channels === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode`,
        stream: p.image.jpeg,
      });
    } else set(n + 2, 'null');
    for (const t of p.texts ?? []) {
      const shown = isAscii(t.text)
        ? `/F1 ${t.size} Tf (${t.text.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj`
        : `/F2 ${t.size} Tf <${utf16(t.text)
            .map((c) => c.toString(16).padStart(4, '0'))
            .join('')}> Tj`;
      ops.push(`BT 1 0 0 1 ${t.x} ${h - t.y} Tm ${shown} ET`);
    }
    const xobj = p.image ? ` /XObject << /Im1 ${n + 2} 0 R >>` : '';
    set(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}]${p.rotate ? ` /Rotate ${p.rotate}` : ''} /Resources << /Font << /F1 3 0 R /F2 4 0 R >>${xobj} >> /Contents ${n + 1} 0 R >>`,
    );
    set(n + 1, { dict: '', stream: Buffer.from(ops.join('\n'), 'latin1') });
  });

  const id = createHash('md5').update('yizhu-test-pdf').digest();
  const security = opts.encrypt ? standardSecurity(opts.encrypt, id) : undefined;
  const encryptNum = objects.length;
  if (security) set(encryptNum, security.dict);

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    const o = objects[n]!;
    let body: Buffer;
    if (typeof o === 'string') body = Buffer.from(`${n} 0 obj\n${o}\nendobj\n`, 'latin1');
    else {
      const data = security && n !== encryptNum ? rc4(security.objectKey(n), o.stream) : o.stream;
      body = Buffer.concat([
        Buffer.from(`${n} 0 obj\n<< ${o.dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    }
    offsets[n] = offset;
    chunks.push(body);
    offset += body.length;
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`];
  for (let n = 1; n < objects.length; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  const hexId = id.toString('hex');
  xref.push(
    `trailer\n<< /Size ${objects.length} /Root 1 0 R /ID [<${hexId}> <${hexId}>]${security ? ` /Encrypt ${encryptNum} 0 R` : ''} >>\nstartxref\n${offset}\n%%EOF\n`,
  );
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
const utf16 = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

function toUnicodeCMap(codes: number[]): string {
  const hex = (c: number) => `<${c.toString(16).padStart(4, '0')}>`;
  const blocks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const part = codes.slice(i, i + 100);
    blocks.push(
      `${part.length} beginbfchar\n${part.map((c) => `${hex(c)} ${hex(c)}`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

// PDF 1.7 §7.6.3, algorithms 2–4 with R = 2 (40-bit RC4).
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function standardSecurity(pw: { userPassword: string; ownerPassword: string }, id: Buffer) {
  const P = -4;
  const o = rc4(md5(padded(pw.ownerPassword || pw.userPassword)).subarray(0, 5), padded(pw.userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  const key = md5(padded(pw.userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return {
    dict: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${P} >>`,
    objectKey: (n: number) =>
      md5(key, Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0, 0])).subarray(0, 10),
  };
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}
