// Lines that stand as paragraphs of their own, whatever the lines around them: a table's row in a
// layout copy, and a quotation's elision mark on its own line.

/**
 * " STT    Họ và tên    Chức vụ    Điện thoại" / "   1    Phan Nhật Thanh    Phó Giám đốc Sở    0357…"
 * (`pdftotext -layout`): three to eight cells parted by wide gaps, half of them of several words, are a
 * table's row, a paragraph of its own. A justified line stretched wide ("Sở    GDĐT    (điện    thoại …")
 * parts single words.
 */
export function isTableRow(raw: string): boolean {
  const cells = raw.trim().split(/ {4,}/);
  return cells.length >= 3 && cells.length <= 8 && cells.filter((c) => c.includes(' ')).length * 2 >= cells.length;
}

/**
 * "“2. Thu nhập từ tiền lương, tiền công" / "..." / "đ) Các khoản lợi ích …", "… tại đơn vị." / "...”": the mark
 * a quotation leaves for the text it skips, alone on its line, parts the quoted paragraphs and is one of
 * its own (with the quotation's mark that opens or closes there).
 */
const ELISION_LINE = /^\s*["“”]?\s*(?:\.{3,}|…)\s*["”]?\s*$/u;
export const isElisionLine = (text: string): boolean => ELISION_LINE.test(text);
