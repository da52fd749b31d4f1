// The count of archive copies a Lưu line ends with, in the forms it is typed ("(02)", "(3b)", "02b.",
// "TG CNTT 02.") and the forms that only look like one (a number after the units' full stop, a digit
// from the seal's rim): the count is taken out of the text the units are read from.
import type { Notes } from './notes';

export interface CopiesTaken {
  /** The line with the count (or the number dropped in its place) taken out. */
  text: string;
  copies: number | null;
}

/** Takes the archive's count of copies out of the Lưu line's text (its marks already taken). */
export function takeArchiveCopies(text: string, raw: string, notes: Notes): CopiesTaken {
  let copies: number | null = null;
  let unclosed: RegExpExecArray | null;
  const paren = /(?<!\u0002)\(\s*(\d{1,3})\s*\)/.exec(text);
  if (paren) {
    copies = Number(paren[1]);
    // "HTr(1)f6j-1)": the count parts what OCR glued on each side of it. "I(K (3b).,": signs alone after
    // it end the line.
    const after = text.slice(paren.index + paren[0].length);
    text = `${text.slice(0, paren.index)} ${/^[\s.,;:]*$/.test(after) ? '' : after}`;
  } else if ((unclosed = /\(\s*(\d{1,3})\s*(?:b|bản)?\s*[.,;:]?\s*$/u.exec(text)) !== null) {
    // "Lưu: VT, TTHT( 4": the count in a bracket whose closing one the scan lost, at the line's end.
    copies = Number(unclosed[1]);
    text = text.slice(0, unclosed.index);
    notes.add('archive.copies', 'uncertain', `Hiểu số "${unclosed[1] as string}" trong ngoặc chưa đóng cuối dòng Lưu là số bản lưu; hãy kiểm tra.`, raw.trim());
  } else {
    // "Lưu: VT, K, 02b.": the copies with the "b" (bản) of the bracketed form, brackets dropped.
    const bare = /\s(\d{1,3})\s*(b|bản)?\s*[.,;:]?\s*$/u.exec(text);
    // "Lưu: VT, VP. 22.", "Lưu VP,22": a number alone after the units' full stop or glued to their comma
    // stands where the drafter's mark goes; copies or a hand's mark, the line does not say: it goes, with a note.
    const loose = /(?:\.\s+|,)(\d{1,3})\.?\s*$/u.exec(text);
    if (loose) {
      text = text.slice(0, loose.index + 1);
      notes.add('archive', 'dropped', `Bỏ số "${loose[1] as string}" cuối dòng Lưu: không rõ là số bản lưu hay ký hiệu người soạn thảo — hãy kiểm tra.`, raw.trim());
    } else if (bare && /^[1-9]$/u.test(bare[1] as string) && bare[2] === undefined && /,\s*\d\s*$/u.test(text)) {
      // "Lưu: VT, 7": one digit, not written "07" nor "7b", alone after the units' comma at the line's end is
      // how OCR reads the seal's rim beside the line; a count of copies is typed "02" or "(2b)". It goes, noted.
      text = text.slice(0, bare.index);
      notes.add('archive', 'dropped', `Bỏ số "${bare[1] as string}" đứng riêng cuối dòng Lưu (số bản lưu viết "02" hoặc "(2b)"; đây có thể là vết dấu) — hãy kiểm tra.`, raw.trim());
    } else if (bare) {
      copies = Number(bare[1]);
      text = text.slice(0, bare.index);
      notes.add('archive.copies', 'uncertain', `Hiểu số "${bare[1]}" cuối dòng Lưu là số bản lưu; hãy kiểm tra.`, raw.trim());
    }
  }
  return { text, copies };
}
