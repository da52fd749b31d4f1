// A clerk imports last year's letter (seed 001: number and day left blank for the records clerk) and
// sees at once what the importer could not read: the notes panel opens, the fields are marked on the
// page, a note links to its field, and "Đã xem tất cả" clears the notes and the marks.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { EditorPage } from './support/editor-page';

const SEED_001 = path.resolve('test/fixtures/letters/seed-001.txt');

test('importing a letter shows its notes, marks the fields, and clears them once seen', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), editor.action('importFile').click()]);
  await chooser.setFiles(SEED_001);

  // The imported letter is in the editor: its subject and symbol, with the number still pending.
  await expect(editor.field('Trích yếu')).toHaveValue(/70 năm chiến thắng Điện Biên Phủ/);
  await expect(editor.field('Ký hiệu')).toHaveValue('UBND-THCB');
  await expect(editor.field('Số văn bản')).toHaveValue('');

  // The notes panel opened by itself and lists the missing number.
  const panel = page.getByRole('region', { name: 'Ghi chú khi nhập văn bản' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('number', { exact: true })).toBeVisible();

  // The number field is marked on the page, with the note as its tooltip.
  const numberBox = page.locator('.vt-field', { has: editor.field('Số văn bản') });
  await expect(numberBox).toHaveAttribute('data-vt-flag', 'import');
  await expect(numberBox).toHaveAttribute('title', /.+/);

  await panel.getByRole('button', { name: 'Đã xem tất cả' }).click();
  await expect(panel.getByText('Bản nháp này không có ghi chú nào từ trình nhập.')).toBeVisible();
  await expect(page.locator('[data-vt-flag]')).toHaveCount(0);
});
