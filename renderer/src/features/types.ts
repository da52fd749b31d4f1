// What the editor shell gives each feature panel (checker, clause library, review). The shell owns
// the letter state and the Lexical editor; panels read the letter and act through these callbacks.
import type { Block, ItemLevel, Letter } from '../../../core/letter';
import type { PlatformApi, Settings } from '../../../core/platform/contract';

/** Text selected on the page, in the review model's part paths ("subject", "body.2.content"…). */
export interface PageSelection {
  path: string;
  start: number;
  end: number;
}

export interface FeaturePanelProps {
  letter: Letter;
  /** Replaces the whole letter as one undo step, labelled for the undo history. */
  updateLetter(next: Letter, label: string): void;
  /** Scrolls to and focuses the part at a field path ("subject", "body.3", "signature.signer"…). */
  jumpTo(path: string): void;
  /** Inserts blocks at the body cursor (after the current block), as one undo step. */
  insertBlocks(blocks: Block[]): void;
  /** The level of the body item at the caret (null in a plain paragraph), so an insertion can match it. */
  cursorLevel(): ItemLevel | null;
  /** The last text selected on the page (kept while the panel has focus), or null. */
  pageSelection(): PageSelection | null;
  platform: PlatformApi;
  settings: Settings;
}
