// Trích yếu công văn "V/v …" (ô 5b, nd30.md §4.5): lower case after "V/v", no final full stop.

export const SUBJECT_PREFIX = 'V/v';

/**
 * The subject as stored: without a "V/v " the author may have typed anyway, and without a single
 * terminal full stop (seed 004 ends "Canh Tý 2020."). An ellipsis ("...", "…") is kept: it is text.
 */
export function normalizeSubject(subject: string): string {
  let s = subject.trim().replace(/\s+/g, ' ');
  s = s.replace(/^v\s*\/\s*v\b\.?\s*/i, '');
  if (/[^.]\.$/.test(s)) s = s.slice(0, -1);
  return s.trim();
}

/** "V/v tăng cường đảm bảo an toàn thông tin mạng" — one logical line; the cell wraps it. */
export function formatSubjectLine(subject: string): string {
  const s = normalizeSubject(subject);
  return s ? `${SUBJECT_PREFIX} ${s}` : SUBJECT_PREFIX;
}
