// Side-by-side compare of two letters (two versions, or a version and the current draft), part by
// part: header fields, Kính gửi, each body block, Nơi nhận, signature. Lists are aligned by their
// unchanged entries first, so one inserted paragraph shows as one added row, not as every later
// paragraph changed.
import type { Letter } from '../letter/types';
import { letterParts } from '../review/parts';
import type { LetterPart, PartGroup } from '../review/parts';
import { diffWords, leftSide, rightSide } from './words';
import type { DiffSegment } from './words';

export type RowStatus = 'same' | 'changed' | 'added' | 'removed';

export interface SideCell {
  path: string;
  text: string;
  /** Equal and deleted words (left) or equal and inserted words (right). */
  segments: DiffSegment[];
}

export interface DiffRow {
  group: PartGroup;
  label: string;
  status: RowStatus;
  left: SideCell | null;
  right: SideCell | null;
}

/** Fields that are not free text but still differ between versions, shown as header rows. */
function fieldParts(letter: Letter): LetterPart[] {
  const d = letter.date;
  const fields: Array<[string, string, string]> = [
    ['number', 'Số', letter.number === null ? '(chưa cấp số)' : String(letter.number)],
    ['date', 'Ngày', `${d.day ?? '…'}/${d.month ?? '…'}/${d.year}`],
    ['urgency', 'Độ khẩn', letter.urgency ?? '(không)'],
    ['secrecy', 'Độ mật', letter.secrecy ?? '(không)'],
    ['archive', 'Lưu', letter.archive.units.join(', ')],
    ['drafter', 'Người soạn thảo', letter.drafter ? `${letter.drafter.initials}${letter.drafter.copies ? ` (${letter.drafter.copies} bản)` : ''}` : '(không)'],
  ];
  return fields.map(([path, label, text]) => ({ path, group: 'header', label, text }));
}

function row(group: PartGroup, left: LetterPart | null, right: LetterPart | null): DiffRow {
  const label = (right ?? left)!.label;
  if (!left) return { group, label, status: 'added', left: null, right: { path: right!.path, text: right!.text, segments: [{ op: 'insert', text: right!.text }] } };
  if (!right) return { group, label, status: 'removed', left: { path: left.path, text: left.text, segments: [{ op: 'delete', text: left.text }] }, right: null };
  const segments = diffWords(left.text, right.text);
  return {
    group,
    label,
    status: left.text === right.text ? 'same' : 'changed',
    left: { path: left.path, text: left.text, segments: leftSide(segments) },
    right: { path: right.path, text: right.text, segments: rightSide(segments) },
  };
}

/** Pairs fixed fields by path (agency, subject, signature…). */
function byPath(group: PartGroup, a: LetterPart[], b: LetterPart[]): DiffRow[] {
  const paths = [...new Set([...a.map((p) => p.path), ...b.map((p) => p.path)])];
  return paths.map((path) => row(group, a.find((p) => p.path === path) ?? null, b.find((p) => p.path === path) ?? null));
}

/** Aligns two lists by the longest run of unchanged entries; what lies between is paired in order. */
function aligned(group: PartGroup, a: LetterPart[], b: LetterPart[]): DiffRow[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const t = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) t[i * w + j] = a[i]!.text === b[j]!.text ? t[(i + 1) * w + j + 1]! + 1 : Math.max(t[(i + 1) * w + j]!, t[i * w + j + 1]!);
  }
  const rows: DiffRow[] = [];
  let pendingA: LetterPart[] = [];
  let pendingB: LetterPart[] = [];
  const flush = () => {
    const k = Math.max(pendingA.length, pendingB.length);
    for (let x = 0; x < k; x += 1) rows.push(row(group, pendingA[x] ?? null, pendingB[x] ?? null));
    pendingA = [];
    pendingB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.text === b[j]!.text) {
      flush();
      rows.push(row(group, a[i++]!, b[j++]!));
    } else if (j >= m || (i < n && t[(i + 1) * w + j]! >= t[i * w + j + 1]!)) pendingA.push(a[i++]!);
    else pendingB.push(b[j++]!);
  }
  flush();
  return rows;
}

export function diffLetters(before: Letter, after: Letter): DiffRow[] {
  const a = letterParts(before);
  const b = letterParts(after);
  const of = (parts: LetterPart[], g: PartGroup) => parts.filter((p) => p.group === g);
  return [
    ...byPath('header', [...fieldParts(before), ...of(a, 'header')], [...fieldParts(after), ...of(b, 'header')]),
    ...aligned('recipients', of(a, 'recipients'), of(b, 'recipients')),
    ...aligned('body', of(a, 'body'), of(b, 'body')),
    ...aligned('distribution', of(a, 'distribution'), of(b, 'distribution')),
    ...byPath('signature', of(a, 'signature'), of(b, 'signature')),
  ];
}

/** Counts for a summary line: "3 phần thay đổi, 1 thêm, 0 bỏ". */
export function diffSummary(rows: readonly DiffRow[]): Record<RowStatus, number> {
  const out: Record<RowStatus, number> = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const r of rows) out[r.status] += 1;
  return out;
}
