// The dirty-state prompt on close as a small state machine, so the rules are tested without a window:
// a clean window closes; a dirty one asks (Lưu / Không lưu / Huỷ); "Lưu" sends the renderer a save
// and closes only when that save succeeds (a cancelled or failed save keeps the window open).
import { missingCase } from '../core/result';

export type CloseChoice = 'save' | 'discard' | 'cancel';
export type CloseStep = 'close' | 'prompt' | 'save-then-close' | 'stay';

export class CloseGuard {
  private dirty = false;
  private closingAfterSave = false;
  private allowed = false;

  setDirty(dirty: boolean): void {
    this.dirty = dirty;
  }

  isDirty(): boolean {
    return this.dirty;
  }

  /** The window's 'close' event: may it close now, or must the user be asked? */
  onCloseRequested(): 'close' | 'prompt' {
    return this.allowed || !this.dirty ? 'close' : 'prompt';
  }

  onPromptAnswer(choice: CloseChoice): CloseStep {
    switch (choice) {
      case 'discard':
        this.allowed = true;
        return 'close';
      case 'save':
        this.closingAfterSave = true;
        return 'save-then-close';
      case 'cancel':
        return 'stay';
      default:
        return missingCase(choice);
    }
  }

  /** Every saveDraft result passes through here; it finishes a pending "save then close". */
  onSaveFinished(saved: boolean): 'close' | 'stay' {
    if (!this.closingAfterSave) return 'stay';
    this.closingAfterSave = false;
    if (!saved) return 'stay';
    this.dirty = false;
    this.allowed = true;
    return 'close';
  }
}
