// The passes that blank a letter's noise lines in place (lineNoise says which): e-signature stamps with
// the lines a scan cut off them, Word file paths, page numbers with the screen bar above them, hand
// marks. Each dropped line is reported, so the clerk sees what the importer took out.
import { blankLine, markPageBreak } from './lines';
import type { SourceLine } from './lines';
import { isCutStampLine, lineNoise, noiseLabel } from './noise';
import type { Notes } from './notes';
import { isRecipientsStart } from './patterns';
import { squash } from './text';

/**
 * "Người ký: Sở Giáo dục và": the stamp's agency wrapped after a joining word, so the next line holds the
 * rest of its name ("Đào tạo v 2° ` .. `", with the seal's specks OCR read beside it).
 */
const NAME_CUT_AT_END = /\s(và|của|[&,–-])$/u;

export function dropNoise(lines: SourceLine[], from: number, to: number, pageNumbers: boolean, eSignature: boolean, notes: Notes): void {
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    const text = line.runs ? line.runs.map((r) => r.text).join('') : line.raw;
    // Our own DOCX prints page numbers in the page's header, never in the body: a body paragraph "1" there
    // (a table's cell typed as a paragraph) is the letter's own text.
    const kind = lineNoise(text, { pageNumbers: pageNumbers && line.depth === undefined, eSignature });
    if (kind === null) continue;
    const left = kind === 'e-signature' && line.runs === null ? entryBesideStamp(line.raw) : null;
    if (left !== null) {
      notes.add('document', 'dropped', `Dòng ${line.no}: bỏ ${noiseLabel(kind)} ở cột bên phải.`, line.raw.slice(left.length).trim());
      lines[i] = { ...line, raw: left };
      continue;
    }
    if (kind !== 'rule') notes.add('document', 'dropped', `Dòng ${line.no}: bỏ ${noiseLabel(kind)}.`, text.trim());
    lines[i] = blankLine(line);
    if (kind === 'page-number') {
      dropPageTopChrome(lines, i, notes);
      markPageBreak(lines, i);
    }
    if (kind === 'e-signature') {
      dropCutLabelAbove(lines, i, from, notes);
      i = dropCutStamp(lines, i + 1, to, NAME_CUT_AT_END.test(squash(text)), notes) - 1;
    }
  }
}

/**
 * "- Chánh, PCVP.KGVX;        01-04-2020 09:53:21": a layout-kept page sets the e-signature stamp in the
 * right column beside the Nơi nhận list, so its time shares a line with an entry. The entry (a dash's
 * item, no noise of its own) is kept and only the stamp's column goes. A tab parts the columns too
 * (four spaces once tabs are set out).
 */
function entryBesideStamp(raw: string): string | null {
  const m = /^(\s*[-–+•]\s*\S.*?\S)(?: {4,}|[ ]*\t\s*)\S/u.exec(raw);
  if (!m) return null;
  const left = m[1] as string;
  const noise = { pageNumbers: false, eSignature: true };
  return lineNoise(left, noise) === null && lineNoise(raw.slice(left.length), noise) === 'e-signature' ? left : null;
}

/**
 * "ời giai" over "th 29:04 +07:00": OCR cut the stamp's label ("Thời gian ký:") on the line above its
 * time; a few words that open in small letters, as no line of the letter's own does after a blank.
 * "n: Tỉnh Hắc Ninh" over "Thời l gìa n ký: …": the end of a cut label ("Cơ quan:") and its value.
 */
function dropCutLabelAbove(lines: SourceLine[], at: number, from: number, notes: Notes): void {
  const above = lines[at - 1];
  const before = lines[at - 2];
  if (at - 1 < from || above === undefined || above.runs !== null || (before !== undefined && before.raw.trim() !== '')) return;
  const text = above.raw.trim();
  const cutLabel = /^\p{Ll}{1,3}\s*:\s/u.test(text);
  if ((text.split(/\s+/).length > 3 && !cutLabel) || !isCutStampLine(text) || /,$/.test(text)) return;
  notes.add('document', 'dropped', `Dòng ${above.no}: bỏ ${noiseLabel('e-signature')}.`, text);
  lines[at - 1] = blankLine(above);
}

/** A clock ("98:45"), an address or markup signs: what a phone's or browser's bar reads as, never a letter's words. */
const CHROME_SIGNS = /^\s*\d{1,2}:\d{2}\b|[@[\]{}|=]|https?:|www\./;

/**
 * "--- PAGE BREAK ---" / "98:45 =- - all 3c 8M)" / "2": the page number heads a page of a công văn, so
 * a line between the break and it is the screen or browser bar a screenshot or print-out carried.
 */
function dropPageTopChrome(lines: SourceLine[], pageNumber: number, notes: Notes): void {
  /** The nearest line before `at` with text or a page break's mark (blank lines skipped), or -1. */
  const before = (at: number): number => {
    let i = at - 1;
    while (i >= 0 && (lines[i] as SourceLine).raw.trim() === '' && (lines[i] as SourceLine).pageBreak !== true) i -= 1;
    return i;
  };
  const j = before(pageNumber);
  const k = before(j);
  const top = lines[j];
  if (top === undefined || top.runs !== null || top.pageBreak === true || k < 0 || (lines[k] as SourceLine).pageBreak !== true) return;
  const text = top.raw.trim();
  if (text.length > 100 || !CHROME_SIGNS.test(text)) return;
  notes.add('document', 'dropped', `Dòng ${top.no}: bỏ dòng đầu trang trước số trang (thanh trạng thái của ảnh chụp màn hình hoặc trình duyệt).`, text);
  lines[j] = blankLine(top);
}

/** The rest of a wrapped stamp name: short, no sentence end, no label or list mark of the letter's own. */
const isNameRest = (text: string): boolean => {
  const t = squash(text);
  return t.length <= 45 && !/[.;:!?]$/.test(t) && !/^[-–—+•]|^\d{1,2}\s*[.)]|^[IVX]{1,5}\./.test(t) && !isRecipientsStart(t);
};

/**
 * "Location" / "S66 -" / "00": a signing stamp's label whose value the scan lost (a reader's stamp names its
 * "Location" and "Reason" in English), or a scrap of a few signs and digits with one letter at most.
 */
const isStampScrap = (text: string): boolean => {
  const t = squash(text);
  return /^(?:location|reason)\s*:?$/i.test(t) || (t.length <= 6 && /\d/.test(t) && (t.match(/\p{L}/gu)?.length ?? 0) <= 1);
};

/**
 * The cut lines of a stamp right after its first line (blank lines between them skipped); returns where
 * they end. `nameCut`: the first line ended inside its agency's name, so the next line is the rest of it.
 */
function dropCutStamp(lines: SourceLine[], from: number, to: number, nameCut: boolean, notes: Notes): number {
  let i = from;
  for (let taken = 0; i < to && taken < 6; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null || line.pageBreak === true) break;
    if (line.raw.trim() === '') continue;
    if (!isCutStampLine(line.raw) && !(nameCut && taken === 0 && isNameRest(line.raw)) && !isStampScrap(line.raw)) break;
    notes.add('document', 'dropped', `Dòng ${line.no}: bỏ ${noiseLabel('e-signature')}.`, line.raw.trim());
    lines[i] = blankLine(line);
    taken += 1;
  }
  return i;
}
