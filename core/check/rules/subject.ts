// Trích yếu công văn (ô 5b): the format writes "V/v " itself, and the templates' summaries have no
// final full stop ("V/v nâng bậc lương năm 2019"); seed 004 ends "… Canh Tý 2020.".
import { updateText } from '../paths';
import { quote } from '../text';
import type { LetterRule } from '../types';

const CITE = 'Phụ lục I, mục II.5.b';
const VV_PREFIX = /^\s*v\s*\/\s*v\b\.?\s*/i;
/** One final full stop, not an ellipsis ("…", "..."), which is text. */
const FINAL_STOP = /([^.])\.\s*$/;

export const subjectEmpty: LetterRule = {
  id: 'subject-empty',
  title: 'Thiếu trích yếu',
  cite: CITE,
  severity: 'error',
  check: (letter) =>
    letter.subject.replace(VV_PREFIX, '').trim() === ''
      ? [{ path: 'subject', message: 'Trích yếu (V/v …) đang để trống: công văn phải có trích yếu nội dung.' }]
      : [],
};

export const subjectPrefix: LetterRule = {
  id: 'subject-vv-prefix',
  title: 'Trích yếu gõ lặp “V/v”',
  cite: CITE,
  severity: 'error',
  check: (letter) =>
    VV_PREFIX.test(letter.subject) && letter.subject.replace(VV_PREFIX, '').trim() !== ''
      ? [{ path: 'subject', message: `Trích yếu ${quote(letter.subject)} bắt đầu bằng “V/v”: ứng dụng tự thêm “V/v”, để nguyên sẽ in thành “V/v V/v …”.`, fix: 'Bỏ “V/v” gõ tay ở đầu trích yếu' }]
      : [],
  fix: (letter) => updateText(letter, 'subject', (s) => s.replace(VV_PREFIX, '')),
};

export const subjectFinalStop: LetterRule = {
  id: 'subject-final-stop',
  title: 'Trích yếu có dấu chấm cuối',
  cite: `${CITE}; Phụ lục III, Mẫu 1.5`,
  severity: 'warning',
  check: (letter) =>
    FINAL_STOP.test(letter.subject)
      ? [{ path: 'subject', message: `Trích yếu ${quote(letter.subject)} kết thúc bằng dấu chấm: trích yếu công văn không có dấu chấm cuối.`, fix: 'Bỏ dấu chấm cuối trích yếu' }]
      : [],
  fix: (letter) => updateText(letter, 'subject', (s) => s.replace(FINAL_STOP, '$1')),
};

export const SUBJECT_RULES = [subjectEmpty, subjectPrefix, subjectFinalStop];
