// Rules on any DOCX: our exporter's output passes with no finding; each rule catches the edit a
// Word session typically makes; a letter typed in Word without the header table is recognised.
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkDocx, checkLetter, DOCX_RULES } from '../../../core/check';
import { sampleLetter } from '../../../core/letter';
import { docxFindings, editPart, exported, inParagraph } from './docx-helpers';
import { draftsIn, loadDraft } from './helpers';

const DOC = 'word/document.xml';
type Edit = [string, (bytes: Uint8Array) => Promise<Uint8Array>];

/** rule id → an edit of the exported sample that breaks it. */
const BREAKS: Record<string, Edit> = {
  'docx-page-size': ['US Letter paper', (b) => editPart(b, DOC, (x) => x.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'))],
  'docx-margins': ['20 mm left margin', (b) => editPart(b, DOC, (x) => x.replace('w:left="1701"', 'w:left="1134"'))],
  'docx-font': ['Arial everywhere', (b) => editPart(b, DOC, (x) => x.replaceAll('Times New Roman', 'Arial'))],
  'docx-page-number': ['number shown on page 1', (b) => editPart(b, DOC, (x) => x.replace('<w:titlePg/>', ''))],
  'docx-header-layout': ['Quốc hiệu moved out of the header table', (b) => editPart(b, DOC, (x) => x.replace(/(<w:p>(?:(?!<w:p>)[\s\S])*?CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM[\s\S]*?<\/w:p>)([\s\S]*?<\/w:tbl>)/, '$2$1'))],
  'docx-national-title': ['Quốc hiệu at 14 pt', (b) => editPart(b, DOC, inParagraph('CỘNG HÒA', (p) => p.replaceAll('w:val="24"', 'w:val="28"')))],
  'docx-agency': ['agency name not bold', (b) => editPart(b, DOC, inParagraph('TỈNH HƯNG YÊN', (p) => p.replace('<w:b/>', '')))],
  'docx-number-date': ['dateline upright', (b) => editPart(b, DOC, inParagraph('Hưng Yên, ngày', (p) => p.replace('<w:i/>', '')))],
  'docx-subject': ['V/v in bold', (b) => editPart(b, DOC, inParagraph('V/v', (p) => p.replace(/(<w:rFonts[^>]*\/>)/g, '$1<w:b/>')))],
  'docx-recipients': ['body at 12 pt', (b) => editPart(b, DOC, inParagraph('Nhằm phòng', (p) => p.replaceAll('w:val="28"', 'w:val="24"')))],
  'docx-noi-nhan': ['"Nơi nhận:" not italic', (b) => editPart(b, DOC, inParagraph('Nơi nhận:', (p) => p.replace('<w:i/>', '')))],
  'docx-signature': ['signer name not bold', (b) => editPart(b, DOC, inParagraph('Nguyễn Duy Hưng', (p) => p.replace('<w:b/>', '')))],
  'docx-body-format': ['body left-aligned', (b) => editPart(b, DOC, inParagraph('Nhằm phòng', (p) => p.replace('w:val="both"', 'w:val="left"')))],
  'docx-number-text': ['"Số:1003 /UBND-KGVX" typed by hand', (b) => editPart(b, DOC, (x) => x.replace('Số: 1003/UBND-KGVX', 'Số:1003 /UBND-KGVX'))],
  'docx-date-text': ['"tháng 04"', (b) => editPart(b, DOC, (x) => x.replace('tháng 4 năm 2022', 'tháng 04 năm 2022'))],
  'docx-subject-text': ['V/v ending in "."', (b) => editPart(b, DOC, (x) => x.replace('Lễ 30/4 và 01/5</w:t>', 'Lễ 30/4 và 01/5.</w:t>'))],
  'docx-list-text': ['"- Như trên:"', (b) => editPart(b, DOC, (x) => x.replace('- Như trên;', '- Như trên:'))],
  'docx-archive-text': ['"- Lưu VT. KGVX"', (b) => editPart(b, DOC, (x) => x.replace('- Lưu: VT, KGVX. PH.', '- Lưu VT. KGVX'))],
  'docx-closing-text': ['no "./."', (b) => editPart(b, DOC, (x) => x.replace('thẩm quyền./.', 'thẩm quyền.'))],
};

describe('rules on any DOCX', () => {
  it('every DOCX rule has a breaking edit here', () => {
    expect(Object.keys(BREAKS).sort()).toEqual(DOCX_RULES.map((r) => r.id).filter((id) => id !== 'docx-stamps').sort());
  });

  it('our exporter’s DOCX of the sample passes with no finding, in both layout profiles', async () => {
    expect(await docxFindings(await exported(sampleLetter(), 'default'))).toEqual([]);
    expect(await docxFindings(await exported(sampleLetter(), 'government'))).toEqual([]);
  });

  const drafts = draftsIn(path.resolve(__dirname, '../../fixtures/drafts'));
  it.skipIf(drafts.length === 0).each(drafts.map((f) => [path.basename(f), f]))('our exporter’s DOCX of %s has no format finding', async (_name, file) => {
    const letter = loadDraft(file);
    const today = { year: letter.date.year, month: letter.date.month ?? 6, day: letter.date.day ?? 15 };
    // The one text finding a DOCX can share with its draft: an archive unit that differs from the symbol's.
    const mirrored = checkLetter(letter, { today }).some((f) => f.rule === 'archive-unit-symbol') ? ['docx-archive-text'] : [];
    const findings = (await docxFindings(await exported(letter))).filter((f) => !mirrored.includes(f.rule));
    expect(findings).toEqual([]);
  });

  describe.each(Object.entries(BREAKS))('%s', (id, [what, edit]) => {
    it(`finds: ${what}`, async () => {
      const findings = await docxFindings(await edit(await exported(sampleLetter())));
      const mine = findings.filter((f) => f.rule === id);
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) expect(f.path).toMatch(/^(paragraph \d+|section|header|footer)$/);
    });
  });

  it('an urgency stamp at the wrong size is found (docx-stamps)', async () => {
    const letter = loadDraft(path.resolve(__dirname, '../../fixtures/drafts/edge-urgency-khan.vanthu'));
    const bytes = await exported(letter);
    expect((await docxFindings(bytes)).filter((f) => f.rule === 'docx-stamps')).toEqual([]);
    const broken = await editPart(bytes, DOC, inParagraph('KHẨN', (p) => p.replace(/w:val="2[68]"/g, 'w:val="20"')));
    expect((await docxFindings(broken)).map((f) => f.rule)).toContain('docx-stamps');
  });

  it('reads a letter typed in Word without the header table, in Arial, numbered on every page', async () => {
    const line = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number; center?: boolean } = {}) =>
      new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: (opts.size ?? 14) * 2, font: 'Arial' })] });
    const doc = new Document({
      sections: [
        {
          children: [
            line('ỦY BAN NHÂN DÂN', { bold: true, size: 13, center: true }),
            line('TỈNH THANH HÓA', { bold: true, size: 13, center: true }),
            line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13, center: true }),
            line('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14, center: true }),
            line('Số:4146/UBND-CNTT', { size: 13 }),
            line('Thanh Hóa, ngày 09 tháng 01 năm 2020', { italics: true }),
            line('V/v tăng cường bảo đảm an toàn, an ninh mạng trong dịp Tết Nguyên đán Canh Tý 2020.', { size: 12 }),
            line('Kính gửi:'),
            line('- Các sở, ban, ngành, đơn vị cấp tỉnh:'),
            line('- UBND các huyện, thị xã, thành phố.'),
            line('Thực hiện Công văn số 4791/BTTTT-CATTT ngày 31/12/2019 của Bộ Thông tin và Truyền thông, Chủ tịch UBND tỉnh yêu cầu thực hiện./.'),
            line('Nơi nhận:', { bold: true, italics: true, size: 12 }),
            line('- Như trên:', { size: 11 }),
            line('- Lưu: VT. CNTT.', { size: 11 }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
    const rules = new Set((await docxFindings(bytes)).map((f) => f.rule));
    for (const rule of ['docx-font', 'docx-header-layout', 'docx-margins', 'docx-page-number', 'docx-number-text', 'docx-subject-text', 'docx-list-text', 'docx-archive-text', 'docx-body-format']) {
      expect(rules).toContain(rule);
    }
  });

  it('says in Vietnamese why a file is not a DOCX', async () => {
    const r = await checkDocx(new TextEncoder().encode('{"schemaVersion": 1}'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/không phải DOCX/);
  });
});
