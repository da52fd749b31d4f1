// The letter's text parts addressed by field path, so a comment or suggestion can point at any of
// them: "agency.name", "subject", "recipients.1", "body.2.content", "body.2.children.0.content",
// "distribution.0", "signature.signer"… Reading and writing go through here and nowhere else.
import { err, ok } from '../result';
import type { Result } from '../result';
import { plainText } from '../letter/inline';
import type { Block, Inline, Letter } from '../letter/types';

export type PartGroup = 'header' | 'recipients' | 'body' | 'distribution' | 'signature';

export interface LetterPart {
  path: string;
  group: PartGroup;
  /** Vietnamese, for lists and the side-by-side compare: "Trích yếu", "Kính gửi 2", "Nội dung 3.1". */
  label: string;
  text: string;
}

const STRING_FIELDS: ReadonlyArray<{ path: string; group: PartGroup; label: string; get: (l: Letter) => string | null }> = [
  { path: 'agency.parent', group: 'header', label: 'Cơ quan chủ quản', get: (l) => l.agency.parent },
  { path: 'agency.name', group: 'header', label: 'Cơ quan ban hành', get: (l) => l.agency.name },
  { path: 'symbol', group: 'header', label: 'Ký hiệu', get: (l) => l.symbol },
  { path: 'place', group: 'header', label: 'Địa danh', get: (l) => l.place },
  { path: 'subject', group: 'header', label: 'Trích yếu', get: (l) => l.subject },
];
const SIGNATURE_FIELDS: ReadonlyArray<{ path: string; label: string; get: (l: Letter) => string | null }> = [
  { path: 'signature.authority', label: 'Quyền hạn ký (TM.)', get: (l) => l.signature.authority },
  { path: 'signature.delegation', label: 'Ký thay/thừa lệnh', get: (l) => l.signature.delegation },
  { path: 'signature.title', label: 'Chức vụ người ký', get: (l) => l.signature.title },
  { path: 'signature.signer', label: 'Người ký', get: (l) => l.signature.signer },
];

function bodyParts(blocks: readonly Block[], prefix: string, labelPrefix: string, out: LetterPart[]): void {
  blocks.forEach((block, i) => {
    const path = `${prefix}.${i}`;
    const label = `${labelPrefix}${i + 1}`;
    out.push({ path: `${path}.content`, group: 'body', label: `Nội dung ${label}`, text: plainText(block.content) });
    if (block.kind === 'item') bodyParts(block.children, `${path}.children`, `${label}.`, out);
  });
}

/** Every text part of the letter in reading order (absent optional parts are left out). */
export function letterParts(letter: Letter): LetterPart[] {
  const out: LetterPart[] = [];
  for (const f of STRING_FIELDS) {
    const text = f.get(letter);
    if (text !== null) out.push({ path: f.path, group: f.group, label: f.label, text });
  }
  letter.recipients.forEach((text, i) => out.push({ path: `recipients.${i}`, group: 'recipients', label: `Kính gửi ${i + 1}`, text }));
  bodyParts(letter.body, 'body', '', out);
  letter.distribution.forEach((text, i) => out.push({ path: `distribution.${i}`, group: 'distribution', label: `Nơi nhận ${i + 1}`, text }));
  for (const f of SIGNATURE_FIELDS) {
    const text = f.get(letter);
    if (text !== null) out.push({ path: f.path, group: 'signature', label: f.label, text });
  }
  return out;
}

/** The part at a path, or null when the path names nothing in this letter. */
export function findPart(letter: Letter, path: string): LetterPart | null {
  return letterParts(letter).find((p) => p.path === path) ?? null;
}

/** The plain text of the part at `path`, or null. */
export function partText(letter: Letter, path: string): string | null {
  return findPart(letter, path)?.text ?? null;
}

/**
 * Replaces [start, end) of a run list with `insert`. Inserted text takes the marks of the run it
 * lands in (or the run before it), as typing in a word processor does; emptied runs are dropped.
 */
export function spliceRuns(content: readonly Inline[], start: number, end: number, insert: string): Inline[] {
  if (content.length === 0) return [{ text: insert, bold: false, italic: false, underline: false }];
  const clamp = (n: number, len: number) => Math.max(0, Math.min(n, len));
  let from = 0;
  let host = 0;
  const pieces = content.map((r, i) => {
    const len = r.text.length;
    if (start > from && start <= from + len) host = i;
    const piece = { run: r, head: r.text.slice(0, clamp(start - from, len)), tail: r.text.slice(clamp(end - from, len)) };
    from += len;
    return piece;
  });
  const out = pieces
    .map((p, i) => ({ ...p.run, text: i === host ? `${p.head}${insert}${p.tail}` : `${p.head}${p.tail}` }))
    .filter((r) => r.text !== '');
  return out.length > 0 ? out : [{ ...content[0]!, text: '' }];
}

const spliceString = (text: string, start: number, end: number, insert: string) => `${text.slice(0, start)}${insert}${text.slice(end)}`;

function updateBlocks(blocks: readonly Block[], indices: number[], f: (c: readonly Inline[]) => Inline[]): Block[] | null {
  const [head, ...rest] = indices;
  if (head === undefined || head >= blocks.length) return null;
  const target = blocks[head]!;
  let next: Block;
  if (rest.length === 0) next = { ...target, content: f(target.content) };
  else {
    if (target.kind !== 'item') return null;
    const children = updateBlocks(target.children, rest, f);
    if (!children) return null;
    next = { ...target, children };
  }
  return blocks.map((b, i) => (i === head ? next : b));
}

/** Replaces [start, end) of the part at `path` with `insert`; an error names the part when it is missing. */
export function replaceInPart(letter: Letter, path: string, start: number, end: number, insert: string): Result<Letter, string> {
  const part = findPart(letter, path);
  if (!part) return err(`Không tìm thấy phần văn bản "${path}" trong bản nháp.`);
  if (start < 0 || end < start || end > part.text.length) return err(`${part.label}: vị trí ${start}–${end} nằm ngoài đoạn văn (dài ${part.text.length} ký tự).`);
  const edit = (s: string) => spliceString(s, start, end, insert).normalize('NFC');
  const body = /^body((?:\.\d+\.children)*\.\d+)\.content$/.exec(path);
  if (body) {
    const indices = body[1]!.split('.').filter((s) => /^\d+$/.test(s)).map(Number);
    const blocks = updateBlocks(letter.body, indices, (c) => spliceRuns(c, start, end, insert.normalize('NFC')));
    return blocks ? ok({ ...letter, body: blocks }) : err(`Không tìm thấy phần văn bản "${path}" trong bản nháp.`);
  }
  const list = /^(recipients|distribution)\.(\d+)$/.exec(path);
  if (list) {
    const key = list[1] as 'recipients' | 'distribution';
    const i = Number(list[2]);
    return ok({ ...letter, [key]: letter[key].map((t, j) => (j === i ? edit(t) : t)) });
  }
  switch (path) {
    case 'agency.parent':
    case 'agency.name':
      return ok({ ...letter, agency: { ...letter.agency, [path.slice(7)]: edit(part.text) } });
    case 'symbol':
    case 'place':
    case 'subject':
      return ok({ ...letter, [path]: edit(part.text) });
    case 'signature.authority':
    case 'signature.delegation':
    case 'signature.title':
    case 'signature.signer':
      return ok({ ...letter, signature: { ...letter.signature, [path.slice(10)]: edit(part.text) } });
    default:
      return err(`Không sửa được phần văn bản "${path}".`);
  }
}
