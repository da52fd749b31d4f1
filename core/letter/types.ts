// The Letter model: plain data, exactly the public draft format (shared/design/LETTER-FORMAT.md, v1),
// plus optional fields of our own. Nothing here knows how a letter is drawn or exported.
import type { ClauseRef } from './extensions/clause-ref';
import type { Review, VersionEntry } from '../review/schema';
import type { ImportNote } from './extensions/import-notes';

export const CURRENT_SCHEMA_VERSION = 1 as const;

export const URGENCY_LEVELS = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export const SECRECY_LEVELS = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];

export const ITEM_LEVELS = ['section', 'clause', 'point', 'dash', 'plus'] as const;
/** section → I. II. | clause → 1. 2. | point → a) b) … đ) e) g) | dash → - | plus → + */
export type ItemLevel = (typeof ITEM_LEVELS)[number];

export interface Inline {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  content: Inline[];
  /** Set when the block was inserted from a clause library (issue 5). */
  clause?: ClauseRef;
}

export interface ItemBlock {
  kind: 'item';
  level: ItemLevel;
  /** A titled clause: rendered bold on its own line. */
  title: boolean;
  content: Inline[];
  children: Block[];
  clause?: ClauseRef;
}

export type Block = ParagraphBlock | ItemBlock;
export type BlockKind = Block['kind'];

export interface LetterDate {
  /** null while pending (filled at issue by the records clerk). */
  day: number | null;
  month: number | null;
  year: number;
}

export interface Agency {
  /** e.g. "UBND TỈNH BẮC GIANG" above "SỞ GIÁO DỤC VÀ ĐÀO TẠO"; null if none. */
  parent: string | null;
  /** Issuing agency; "\n" marks a line break the author wants. */
  name: string;
}

export interface Archive {
  units: string[];
  copies: number | null;
}

export interface Drafter {
  initials: string;
  copies: number | null;
}

export interface Signature {
  /** The TM. line, or null. */
  authority: string | null;
  /** The KT./TL./TUQ./Q. line, or null. */
  delegation: string | null;
  /** The signer's own position. */
  title: string;
  signer: string;
}

export interface Letter {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  type: 'cong-van';
  agency: Agency;
  /** null while the records clerk has not assigned it. */
  number: number | null;
  /** Everything after "Số: <n>/". */
  symbol: string;
  place: string;
  date: LetterDate;
  urgency: Urgency | null;
  secrecy: Secrecy | null;
  /** Without the leading "V/v ". */
  subject: string;
  /** No "- ", no ";" or ".". */
  recipients: string[];
  body: Block[];
  /** Nơi nhận entries before the archive line; no "- ", no ";". */
  distribution: string[];
  archive: Archive;
  drafter: Drafter | null;
  signature: Signature;
  /** Optional (ours): leaders' review of the draft (issue 7). */
  review?: Review;
  /** Optional (ours): recorded versions of the draft (issue 7). */
  versions?: VersionEntry[];
  /** Optional (ours): what the importer was unsure of or dropped, per field (issue 3). */
  importNotes?: ImportNote[];
}
