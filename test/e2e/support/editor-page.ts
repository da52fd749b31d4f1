// Page object for the editor: a clerk's gestures (open the sample, fill a field, add a task, save,
// reopen, export), each waiting on what the app does in answer, never on time.
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDraft } from '../../../core/letter';
import type { Letter } from '../../../core/letter';

export const ARTIFACTS = path.resolve('test/artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export type TaskLevel = 'clause' | 'point' | 'dash';

export class EditorPage {
  constructor(readonly page: Page) {}

  /** Starts the app on the built-in sample (web platform: fresh storage, no recovery offer). */
  async openSample(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.locator('.vt-app')).toHaveAttribute('data-ready', 'true');
    await expect(this.body.locator('p').first()).toBeVisible();
  }

  get body(): Locator {
    return this.page.getByLabel('Nội dung công văn', { exact: true });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string): Promise<void> {
    const f = this.field(label);
    await f.fill(value);
    await expect(f).toHaveValue(value);
  }

  async choose(label: string, value: string): Promise<void> {
    await this.field(label).selectOption(value);
  }

  action(name: string): Locator {
    return this.page.locator(`[data-action="${name}"]`);
  }

  /** Blocks of the body with their computed labels, in order. */
  async bodyBlocks(): Promise<Array<{ label: string | null; text: string }>> {
    return this.body.locator(':scope > *').evaluateAll((els) => els.map((e) => ({ label: (e as HTMLElement).dataset.label ?? null, text: e.textContent ?? '' })));
  }

  /**
   * Lets the editor take in a caret move made by the browser (Home, arrows): Lexical reads the DOM
   * selection on selectionchange, which is dispatched asynchronously; two frames cover it.
   */
  async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }

  /** Puts the caret at the end of a block of the body (End alone stops at the visual line's end). */
  async caretAtEndOf(block: Locator): Promise<void> {
    await block.click();
    await block.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    });
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.anchorNode?.textContent?.length === window.getSelection()?.anchorOffset || window.getSelection()?.anchorNode?.nodeType === 1)).toBe(true);
  }

  /** Puts the caret at the end of the body. */
  async caretAtBodyEnd(): Promise<void> {
    await this.caretAtEndOf(this.body.locator(':scope > *').last());
  }

  /** Clicks a list tool (↑ ↓ ×), which shows while its row has the focus. */
  async listTool(name: string, entryLabel: string): Promise<void> {
    await this.field(entryLabel).focus();
    await this.page.getByRole('button', { name: `${name}: ${entryLabel}` }).click();
  }

  /**
   * A new task at a level, after the caret's block: Enter continues the list; Tab / Shift+Tab move
   * the new block to the wanted level.
   */
  async addTask(text: string, level: TaskLevel): Promise<void> {
    await this.page.keyboard.press('Enter');
    const before = await this.bodyBlocks();
    await this.page.keyboard.type(text);
    await expect.poll(async () => (await this.bodyBlocks()).length).toBe(before.length);
    const ranks: Record<TaskLevel, number> = { clause: 1, point: 2, dash: 3 };
    for (let i = 0; i < 6; i += 1) {
      const current = await this.currentLevel();
      if (current !== null && ranks[current as TaskLevel] === ranks[level]) return;
      const rank = current === null ? 0 : (ranks[current as TaskLevel] ?? 0);
      await this.page.keyboard.press(rank < ranks[level] ? 'Tab' : 'Shift+Tab');
    }
    expect(await this.currentLevel()).toBe(level);
  }

  /** Level of the block holding the caret, null for a paragraph. */
  async currentLevel(): Promise<string | null> {
    return this.page.evaluate(() => {
      const sel = window.getSelection();
      let n: Node | null = sel?.anchorNode ?? null;
      while (n && !(n instanceof HTMLElement && n.classList.contains('vt-block'))) n = n.parentNode;
      return n instanceof HTMLElement ? (n.dataset.level ?? null) : null;
    });
  }

  private async saveDownload(trigger: () => Promise<void>, name: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    return this.keep(download, name);
  }

  private async keep(download: Download, name: string): Promise<string> {
    const file = path.join(ARTIFACTS, name);
    await download.saveAs(file);
    return file;
  }

  /** Ctrl+S: the web platform hands the draft over as a download. Returns the saved file. */
  async save(name: string): Promise<string> {
    const file = await this.saveDownload(() => this.page.keyboard.press('Control+s'), name);
    await expect(this.page.locator('.vt-app')).toHaveAttribute('data-dirty', 'false');
    return file;
  }

  static readDraft(file: string): Letter {
    const parsed = parseDraft(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.messages.join('\n'));
    return parsed.value.letter;
  }

  /** "Mở…" through the browser's file chooser. */
  async open(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.action('open').click()]);
    await chooser.setFiles(file);
  }

  /** "Mở…" with unsaved changes: answers "Không lưu" to the prompt, then picks the file. */
  async openDiscarding(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.action('open').click();
    await this.page.getByRole('button', { name: 'Không lưu' }).click();
    await (await chooser).setFiles(file);
  }

  /** Ctrl+E, answering the checker's question when it asks. Returns the DOCX file. */
  async exportDocx(name: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.action('exportDocx').click();
    const ask = this.page.getByRole('button', { name: 'Vẫn xuất' });
    const first = await Promise.race([download.then(() => 'download' as const), ask.waitFor().then(() => 'ask' as const, () => 'none' as const)]);
    if (first === 'ask') await ask.click();
    return this.keep(await download, name);
  }
}
