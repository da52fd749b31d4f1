// Marks a hand, a pen or a seal left at a body line's end (or, one speck, at its start), as OCR or a text
// layer read them: they go, each with a note, before the line's text is read.
import type { SourceLine } from './lines';
import type { Notes } from './notes';

/**
 * "… triển khai thực hiện./. My", "… tai văn bản nay./.ko~": the signature's pen strokes beside the closing
 * "./.", read as a scrap of a few letters or signs. Nothing of the letter follows its "./." on that line.
 */
// "… của các đồng chỉ./. // —": or as signs alone. "… biện pháp chỉ đạo./ /x.„": the scrap may stand where
// the closing's last dot was. "… nội dung nêu trên./, —": or after a closing whose last dot OCR read as a comma.
const MARK_AFTER_CLOSE = /(\.\/\.|\.\/,?(?=\s))\s*((?=\S*[\p{L}~#%^])[^\s"”»)]{1,4}|[^\s\p{L}\p{N}"”»)(.][^\p{L}\p{N}"”»)(]{0,6}?)\s*$/u;
/** "… trong trường học./,⁄⁄": or as fraction slashes glued to a closing whose last dot OCR read as a comma. */
const SLASHES_AFTER_CLOSE = /(\.\/[.,])([⁄∕]{1,4})\s*$/u;
/** "… Bộ GDĐT./.?!ý_ “": or as signs with a letter or two among them, parted by a space. */
const SIGNS_AFTER_CLOSE = /(\.\/\.)\s*((?=[^\p{L}\p{N}]*(?:\p{L}[^\p{L}\p{N}]*){0,2}$)(?=.*[^\s\p{L}\p{N}"”»)])\S.{0,9}?)\s*$/u;
/** "… (theo danh sách đính kèm)./ \W.utZ": or as a scrap with a backslash, which no letter's text holds. */
const BACKSLASHED_AFTER_CLOSE = /(\.\/\.?)\s+((?=\S{0,7}\\)\S{1,8})\s*$/u;
/** "… nghiêm túc... j“k.": the same after "...", OCR's reading of "./.", when the scrap holds a quote mark or a sign. */
const MARK_AFTER_DOTS = /(\.{3}|…)\s+((?=\S*\p{L})(?=\S*[“‘’"'~#%^⁄])\S{2,5})\s*$/u;

/**
 * "… 0912.069.880. tê 4⁄", "… các nhiệm vụ tên/ jƑƑ —": a seal's or pen's strokes OCR read after a
 * sentence's end (or the slash left of a closing "./."), as a scrap of one or two short words with a sign
 * no letter's text uses (⁄ ƒ Ƒ ¥ § € ¦ |).
 */
const SPECKS_AFTER_END = /(?<=[.;!?]|\p{L}\/)\s+((?=(?:\S{1,4}\s+)?\S{1,7}\s*$)[^⁄ƒƑ¥§€¦|\n]*[⁄ƒƑ¥§€¦|].*?)\s*$/u;

/**
 * "Trân trọng !E¿£—": or glued to the sentence's end, when the scrap holds a sign no Vietnamese text is
 * written with (¿ £ ¥ € ¦ ƒ).
 */
const GLUED_SPECKS_AFTER_END = /(?<=[.!?])((?=\S{1,6}\s*$)\S*[¿£¥€¦ƒƑ]\S*)\s*$/u;

/**
 * "… trên địa bàn tỉnh Vĩnh Long). _ 2=": or as strokes a ruler or a seal's edge leaves ("_", "=", "~", "—"), a
 * digit among them at most, no letter: no sentence goes on so after its end.
 */
const STROKES_AFTER_END = /(?<=[.!?])\s+((?=[^\p{L}\n]{1,8}$)(?=[^\d]*\d?[^\d]*$)[^\p{L}\p{N}\s]*[_=~—][^\p{L}\n]*?)\s*$/u;

/** Check marks a reader ticked beside a line on the paper before it was scanned. */
const TICK_AT_END = /\s*[✓✔✗✘√☑]+\s*$/u;

/** A hand mark has a letter or digit ("*Lv*"); "*”*" after a full stop is a closing quote in italics. */
const HAND_MARK_AT_END = /([.;:!?)])\s*\*((?=[^*\s]*[\p{L}\p{N}])[^*\s]{1,8})\*\s*$/u;
/** "… bảo vệ trẻ em. '": a quote mark alone after a sentence's end, a speck. */
const QUOTE_AFTER_END = /(?<=[.;!?])\s+(['‘’`´])\s*$/u;

/** "… là hết sức phức tạp, „": a low quote mark alone at a line's end (no Vietnamese text opens a quotation so). */
const LOW_QUOTE_AT_END = /(?<=\S)\s+(„)\s*$/u;

/** "… các nội dun# cụ thể như sau: :": a colon read twice, a space between; the second is a speck. */
const COLON_TWICE = /(?<=\p{L}\s?:)\s+(:)\s*$/u;

/** The line's raw text without the marks at its end (a DOCX paragraph's runs are the author's own). */
export function dropLineEndMarks(line: SourceLine, notes: Notes): string {
  let raw = line.raw;
  if (line.runs !== null) return raw;
  const mark = HAND_MARK_AT_END.exec(raw);
  if (mark) {
    notes.add('body', 'dropped', `Dòng ${line.no}: bỏ ký hiệu viết tay ở cuối đoạn.`, `*${mark[2] as string}*`);
    raw = raw.slice(0, mark.index + (mark[1] as string).length);
  }
  const afterClose = MARK_AFTER_CLOSE.exec(raw) ?? SIGNS_AFTER_CLOSE.exec(raw) ?? MARK_AFTER_DOTS.exec(raw) ?? SLASHES_AFTER_CLOSE.exec(raw) ?? BACKSLASHED_AFTER_CLOSE.exec(raw);
  if (afterClose) {
    notes.add('body', 'dropped', `Dòng ${line.no}: bỏ vết bút sau dấu kết thúc "./.".`, afterClose[2] as string);
    raw = raw.slice(0, afterClose.index + (afterClose[1] as string).length);
  }
  const specks = SPECKS_AFTER_END.exec(raw) ?? GLUED_SPECKS_AFTER_END.exec(raw) ?? QUOTE_AFTER_END.exec(raw) ?? STROKES_AFTER_END.exec(raw) ?? COLON_TWICE.exec(raw) ?? LOW_QUOTE_AT_END.exec(raw);
  if (specks) {
    notes.add('body', 'dropped', `Dòng ${line.no}: bỏ ký tự nhiễu (nét dấu, chữ ký khi quét) sau dấu kết câu.`, (specks[1] as string).trim());
    raw = raw.slice(0, specks.index);
  }
  const tick = TICK_AT_END.exec(raw);
  if (tick) {
    notes.add('body', 'dropped', `Dòng ${line.no}: bỏ dấu đánh dấu viết tay ở cuối dòng.`, tick[0].trim());
    raw = raw.slice(0, tick.index);
  }
  return raw;
}

/**
 * "   .     Kết quả thực tập …" (`pdftotext -layout`): a full stop alone in the margin, a run of spaces
 * between it and the sentence's capital: a speck of the page, not the text's. It gives way to a space, so
 * the line keeps its indent.
 */
const SPECK_AT_START = /^(\s*)\.(\s{3,})(?=\p{Lu})/u;

/** The line's raw text without such a speck. */
export function dropLineStartSpeck(line: SourceLine, notes: Notes): string {
  const m = line.runs === null ? SPECK_AT_START.exec(line.raw) : null;
  if (m === null) return line.raw;
  notes.add('body', 'dropped', `Dòng ${line.no}: bỏ dấu chấm lẻ ở lề trái.`, '.');
  return `${m[1] as string} ${line.raw.slice((m[1] as string).length + 1)}`;
}
