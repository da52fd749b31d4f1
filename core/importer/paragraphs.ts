// Body lines → paragraphs. Stacked text has one paragraph per line; OCR and pdftotext output wrap a
// paragraph over many lines. A line continues the paragraph unless the paragraph already ended a
// sentence and the line starts like a new one (capital, digit, list label). A new paragraph never
// starts with a lower-case letter in Vietnamese, which also mends OCR's stray full stops mid-sentence.
import { run } from '../letter/inline';
import type { Inline } from '../letter/types';
import { contentOf } from './lines';
import type { SourceLine } from './lines';
import { allBold, tidyRuns } from './marks';
import type { Notes } from './notes';
import { startsLower, startsUpperOrDigit } from './text';

export interface Paragraph {
  runs: Inline[];
  text: string;
  /** Source line of its first line. */
  no: number;
  /** A markdown heading or an all-bold line: a title in the original. */
  heading: boolean;
  /** Source lines joined into it. */
  lines: number;
}

/** "2. Sở Y tế" alone on its line: a clause title, so the next capitalised line is its text. */
const isShortTitleLine = (p: Paragraph): boolean => {
  const text = p.runs.map((r) => r.text).join('');
  return p.lines === 1 && text.length <= 60 && LIST_LABEL.test(text) && !/[.,;:!?…]\s*$/.test(text);
};

export const LIST_LABEL = /^\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\s*[.)](?!\d)|[a-zđ]\)|[-–—•+])\s*/;
const SENTENCE_END = /(?:[.:;!?…]|\.\/\.|\))["”»]?\s*$/;
const HAND_MARK_AT_END = /([.;:!?)])\s*\*([^*\s]{1,8})\*\s*$/;

export function buildParagraphs(lines: readonly SourceLine[], notes: Notes): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  const close = () => {
    if (current) {
      current.runs = tidyRuns(current.runs);
      current.text = current.runs.map((r) => r.text).join('');
      if (current.text !== '') out.push(current);
    }
    current = null;
  };
  for (const line of lines) {
    let raw = line.raw;
    if (line.runs === null) {
      const mark = HAND_MARK_AT_END.exec(raw);
      if (mark) {
        notes.add('body', 'dropped', `Dòng ${line.no}: bỏ ký hiệu viết tay ở cuối đoạn.`, `*${mark[2]}*`);
        raw = raw.slice(0, mark.index + (mark[1] as string).length);
      }
    }
    const c = contentOf(raw, line.runs);
    if (c.text.trim() === '') {
      close();
      continue;
    }
    const heading = c.heading || (allBold(c.runs) && c.text.length <= 200);
    const startsNew =
      current === null ||
      line.runs !== null ||
      heading ||
      (current as Paragraph).heading ||
      LIST_LABEL.test(c.text) ||
      (isShortTitleLine(current as Paragraph) && startsUpperOrDigit(c.text)) ||
      (SENTENCE_END.test((current as Paragraph).runs.map((r) => r.text).join('')) && !startsLower(c.text) && startsUpperOrDigit(c.text));
    if (startsNew) {
      close();
      current = { runs: [...c.runs], text: c.text, no: line.no, heading, lines: 1 };
    } else {
      const cur = current as unknown as Paragraph;
      // "92/TTr-" + "UBND": a symbol cut at its hyphen joins without a space.
      const glue = /\S-$/.test(cur.runs.map((r) => r.text).join('')) && /^\S/.test(c.text);
      cur.runs.push(...(glue ? [] : [run(' ')]), ...c.runs);
      cur.lines += 1;
    }
  }
  close();
  return out;
}
