// DOCX import. Our own export must round-trip: draft → DOCX (core/docx) → import → the same draft,
// for the sample and every draft in test/fixtures/drafts. A Word-made letter (built here with the
// docx library: header table, automatic numbering, bold titles, a Nơi nhận/signature table) reads
// the same as its text.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx';
import { importDocx, MAX_TEXT_LINES } from '../../../core/importer';
import { parseDraft, restoreLetter, serializeLetter } from '../../../core/letter';
import { sampleLetter } from '../../../core/letter/sample';
import { plainText } from '../../../core/letter/inline';
import { withClosingMark } from '../../../core/format/closing';
import type { Block, Letter } from '../../../core/letter/types';
import { replaceLookalikes } from '../../../core/encoding/lookalikes';
import { FIELDS } from './fields';
import type { Expected } from './fields';

const DRAFTS = path.resolve(__dirname, '../../fixtures/drafts');
const drafts: Array<[string, Letter]> = [['sample', sampleLetter()]];
for (const f of readdirSync(DRAFTS).filter((x) => x.endsWith('.vanthu')).sort()) {
  const r = parseDraft(readFileSync(path.join(DRAFTS, f), 'utf8'));
  if (r.ok) drafts.push([f, r.value.letter]);
}

const LETTERS = path.resolve(__dirname, '../../fixtures/letters');
const letterReadings: Array<[string, Expected]> = readdirSync(LETTERS)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => [f.replace(/\.expected\.json$/, ''), (JSON.parse(readFileSync(path.join(LETTERS, f), 'utf8')) as { expected: Expected }).expected]);

/** The exporter closes a body that lacks "./." (and says so); the round trip expects that text. */
function withClosing(letter: Letter): Letter {
  const copy = structuredClone(letter);
  const last = (blocks: Block[]): Block | undefined => {
    const b = blocks[blocks.length - 1];
    return b && b.kind === 'item' && b.children.length > 0 ? last(b.children) : b;
  };
  const block = last(copy.body);
  const run = block?.content[block.content.length - 1];
  // The exporter's own rule: a final full stop becomes the "./.", a final ":" or ";" gives way to it.
  if (run) run.text = withClosingMark(run.text);
  return copy;
}

describe('DOCX import', () => {
  it('has drafts to round-trip', () => {
    expect(drafts.length).toBeGreaterThan(5);
  });

  it.each(drafts)('%s: draft → DOCX → import is the same draft', async (_name, draft) => {
    const { review: _r, versions: _v, importNotes: _n, ...letter } = draft;
    const out = await exportDocx(letter, { now: new Date('2024-01-01T00:00:00Z') });
    const r = await importDocx(out.bytes, { fallbackYear: 2099 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { importNotes, ...back } = r.value.letter;
    const expected = out.warnings.some((w) => w.includes('./.')) ? withClosing(letter) : letter;
    expect(back).toEqual(expected);
    expect(restoreLetter(JSON.parse(serializeLetter({ ...back, importNotes }))).ok).toBe(true);
  });

  // The real letters' readings hold trees the edge drafts do not (a paragraph after a point that
  // belongs to the clause, a titled clause longer than a line, '+' under a dash with its own text).
  // Each comes back from our DOCX with the same tree and the same text, but for what the exporter
  // sets by rule: a section's capitals and heading, and the closing "./." (completed where it was typed
  // "./", in place of a final ":" where a copy stops mid-letter; and the importer's one space between words;
  // and the eth an OCR layer typed for "Đ", which the importer reads as the Vietnamese letter).
  it.each(letterReadings)('%s: the body read back from our DOCX has the same tree and text', async (_name, reading) => {
    const out = await exportDocx({ schemaVersion: 1, type: 'cong-van', ...reading }, { now: new Date('2024-01-01T00:00:00Z') });
    const r = await importDocx(out.bytes, { fallbackYear: 2099 });
    if (!r.ok) throw new Error(r.error.message);
    // A section is printed as a heading, bold, whatever its flag (§4.7).
    const sectionsTitled = (blocks: readonly Block[]): Block[] =>
      blocks.map((b) => (b.kind === 'item' ? { ...b, title: b.title || b.level === 'section', children: sectionsTitled(b.children) } : b));
    expect(FIELDS['body.structure']?.(r.value.letter)).toEqual(FIELDS['body.structure']?.({ ...reading, body: sectionsTitled(reading.body) }));
    const asPrinted = (blocks: readonly Block[]): string[] =>
      blocks.flatMap((b) => [
        replaceLookalikes(b.kind === 'item' && b.level === 'section' ? plainText(b.content).toLocaleUpperCase('vi') : plainText(b.content))
          .text.replace(/(?:\.?\/\.|\.\/|\.)+$/, '')
          .replace(/\s+/g, ' '),
        ...(b.kind === 'item' ? asPrinted(b.children) : []),
      ]);
    expect(asPrinted(r.value.letter.body)).toEqual(asPrinted(withClosing({ schemaVersion: 1, type: 'cong-van', ...reading } as Letter).body));
  });

  // Past "y" the exporter labels points "aa)", "ab)": they must come back as points, not as text.
  it('a clause with 25 points round-trips', async () => {
    const { importNotes: _n, ...sample } = sampleLetter();
    const points = Array.from({ length: 25 }, (_, i) => ({ kind: 'item' as const, level: 'point' as const, title: false, content: [{ text: `Nội dung điểm thứ ${i + 1};`, bold: false, italic: false, underline: false }], children: [] }));
    const letter: Letter = { ...sample, body: [{ ...(sample.body[2] as Block & { kind: 'item' }), children: points }, ...sample.body.slice(3)] };
    const out = await exportDocx(letter, { now: new Date('2024-01-01T00:00:00Z') });
    const r = await importDocx(out.bytes, { fallbackYear: 2099 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.body).toEqual(letter.body);
  });

  it('a paragraph that quotes a decree with its own "1." and "a)" stays a paragraph (round 8, Tây Ninh)', async () => {
    const { importNotes: _n, ...sample } = sampleLetter();
    const p = (text: string): Block => ({ kind: 'paragraph', content: [{ text, bold: false, italic: true, underline: false }] });
    const quoted = { ...(sample.body[2] as Block & { kind: 'item' }), children: [p('1. Hàng hóa, dịch vụ thuộc đối tượng chịu thuế suất 10%:'), p('a) Sản phẩm cơ khí;')] };
    const letter: Letter = { ...sample, body: [sample.body[0] as Block, sample.body[1] as Block, quoted, ...sample.body.slice(3)] };
    const out = await exportDocx(letter, { now: new Date('2024-01-01T00:00:00Z') });
    const r = await importDocx(out.bytes, { fallbackYear: 2099 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.letter.body).toEqual(letter.body);
  });

  // The exporter writes "- Lưu: VT. PH." when VT is the only unit; it must come back as a drafter mark.
  it.each([
    ['VT and a drafter mark', { units: ['VT'], copies: null }, { initials: 'PH', copies: null }],
    ['VT and a drafter mark with copies', { units: ['VT'], copies: null }, { initials: 'PH', copies: 15 }],
    ['VT with archive copies and a drafter mark', { units: ['VT'], copies: 2 }, { initials: 'TĐ', copies: 15 }],
    // A drafter written out by name is printed as typed ("- Lưu: VT, KTN. Cao Cường.(10)") and read back so.
    ['a unit and a drafter named with copies', { units: ['VT', 'KGVX'], copies: null }, { initials: 'Cao Cường', copies: 10 }],
    ['a unit and a drafter named with initials', { units: ['VT', 'KGVX'], copies: 2 }, { initials: 'D.V. Tịnh', copies: null }],
    ['VT alone and a drafter named', { units: ['VT'], copies: null }, { initials: 'Trung Anh', copies: 5 }],
    ['a unit and a drafter named after a title', { units: ['VT', 'KGVX'], copies: null }, { initials: 'TP Nguyễn Hồng Quảng', copies: null }],
  ])('archive of %s round-trips', async (_name, archive, drafter) => {
    const { importNotes: _n, ...sample } = sampleLetter();
    const letter: Letter = { ...sample, archive, drafter };
    const out = await exportDocx(letter, { now: new Date('2024-01-01T00:00:00Z') });
    const r = await importDocx(out.bytes, { fallbackYear: 2099 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.archive).toEqual(archive);
    expect(r.value.letter.drafter).toEqual(drafter);
  });

  it('reads a letter made in Word: tables, automatic numbering, bold titles', async () => {
    const cell = (paras: Paragraph[]) => new TableCell({ children: paras, width: { size: 4500, type: WidthType.DXA } });
    const p = (text: string, opts: { bold?: boolean; italic?: boolean; numbering?: { reference: string; level: number } } = {}) =>
      new Paragraph({ children: [new TextRun({ text, bold: opts.bold, italics: opts.italic })], ...(opts.numbering ? { numbering: opts.numbering } : {}) });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'tasks',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell([p('UBND TỈNH QUẢNG NAM'), p('SỞ Y TẾ', { bold: true }), p('Số: 812/SYT-NVY'), p('V/v phòng, chống dịch sốt xuất huyết')]),
                    cell([p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }), p('Độc lập - Tự do - Hạnh phúc', { bold: true }), p('Quảng Nam, ngày 12 tháng 6 năm 2023', { italic: true })]),
                  ],
                }),
              ],
            }),
            p('Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.'),
            p('Để chủ động phòng, chống dịch, Sở Y tế đề nghị:'),
            p('Giám sát ca bệnh', { bold: true, numbering: { reference: 'tasks', level: 0 } }),
            p('Phát hiện sớm ca bệnh;', { numbering: { reference: 'tasks', level: 1 } }),
            p('Xử lý ổ dịch kịp thời.', { numbering: { reference: 'tasks', level: 1 } }),
            p('Huy động y tế thôn, bản.', { numbering: { reference: 'tasks', level: 2 } }),
            p('Truyền thông cho người dân./.', { numbering: { reference: 'tasks', level: 0 } }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell([p('Nơi nhận:', { bold: true, italic: true }), p('- Như trên;'), p('- Lưu: VT, NVY.')]),
                    cell([p('KT. GIÁM ĐỐC', { bold: true }), p('PHÓ GIÁM ĐỐC', { bold: true }), p(''), p('Trần Văn Tân', { bold: true })]),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const r = await importDocx(bytes, { fallbackYear: 2099 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = r.value.letter;
    expect(l.agency).toEqual({ parent: 'UBND TỈNH QUẢNG NAM', name: 'SỞ Y TẾ' });
    expect([l.number, l.symbol, l.place, l.date]).toEqual([812, 'SYT-NVY', 'Quảng Nam', { day: 12, month: 6, year: 2023 }]);
    expect(l.subject).toBe('phòng, chống dịch sốt xuất huyết');
    expect(l.recipients).toEqual(['Trung tâm Y tế các huyện, thị xã, thành phố']);
    expect(l.body.map((b) => (b.kind === 'item' ? `${b.level}${b.title ? '*' : ''}:${b.children.length}` : 'p'))).toEqual(['p', 'clause*:2', 'clause:0']);
    expect(l.body[1]).toMatchObject({ content: [{ text: 'Giám sát ca bệnh', bold: false }], children: [{ level: 'point' }, { level: 'point', children: [{ level: 'dash' }] }] });
    expect(l.distribution).toEqual(['Như trên']);
    expect(l.archive).toEqual({ units: ['VT', 'NVY'], copies: null });
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trần Văn Tân' });
  });

  it('refuses a Word file of tens of thousands of paragraphs, saying how many, in Vietnamese', async () => {
    const doc = new Document({ sections: [{ children: Array.from({ length: MAX_TEXT_LINES + 1 }, () => new Paragraph('- Sở Y tế;')) }] });
    const r = await importDocx(new Uint8Array(await Packer.toBuffer(doc)), { fallbackYear: 2099 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    if (!r.ok) expect(r.error.message).toMatch(/^Tệp DOCX có 20\.001 đoạn chữ/);
  });

  it('refuses a file that is not a DOCX', async () => {
    const r = await importDocx(new TextEncoder().encode('not a zip'), { fallbackYear: 2099 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'bad-docx' } });
  });
});

describe('a Word letter of a named kind', () => {
  it('"THƯ NGỎ" and its summary at the body\'s start become the subject, and leave the body', async () => {
    const lines = [
      'ỦY BAN NHÂN DÂN HUYỆN ĐỨC TÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 44/UBND',
      'Đức Tân, ngày 10 tháng 1 năm 2024',
      'Kính gửi: Các cơ quan, đơn vị, doanh nghiệp trên địa bàn huyện',
      'THƯ NGỎ',
      'Vận động hỗ trợ kinh phí bắn pháo hoa',
      'Ủy ban nhân dân huyện kính mời các cơ quan, đơn vị cùng chung tay./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ];
    const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
    const r = await importDocx(new Uint8Array(await Packer.toBuffer(doc)), { fallbackYear: 2099 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.subject).toBe('Vận động hỗ trợ kinh phí bắn pháo hoa');
    expect(r.value.letter.body.map((b) => plainText(b.content))).toEqual(['Ủy ban nhân dân huyện kính mời các cơ quan, đơn vị cùng chung tay./.']);
  });
});
