// The settings screen (Cài đặt…): a clerk sets who signs review comments, the review panel takes the
// name at once, a reload keeps it; the government profile moves the page's left margin to 35 mm and
// the exported DOCX carries it (w:pgMar w:left = 1984 twips). Bad input stays on screen with messages.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { docxPart } from './support/docx';
import { ARTIFACTS, EditorPage } from './support/editor-page';

const settingsDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Cài đặt' });

async function openSettings(editor: EditorPage): Promise<Locator> {
  await editor.action('settings').click();
  const dialog = settingsDialog(editor.page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Where the text column starts, in CSS mm at 100 % (the zoom transform does not change computed styles). */
const columnLeftMm = (page: Page): Promise<number> =>
  page.locator('.vt-column').evaluate((el) => (parseFloat(getComputedStyle(el).left) * 25.4) / 96);

test('the reviewer set in Cài đặt signs reviews, survives a reload, and the profile moves the margins', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();

  // Before: the review panel sends the clerk to the settings.
  const tabs = page.locator('.vt-panel-tabs');
  await tabs.getByRole('tab', { name: 'Góp ý' }).click();
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText('Cài đặt… › Người góp ý');

  const dialog = await openSettings(editor);
  await expect(dialog.getByLabel('Khổ trình bày khi soạn và xuất DOCX')).toBeFocused();
  await dialog.getByLabel('Họ và tên').fill('  Trần   Văn An ');
  await dialog.getByLabel('Chức vụ').fill('Chánh Văn phòng');
  await dialog.getByRole('button', { name: '+ Thêm thư mục' }).click();
  await expect(dialog.getByLabel('Thư mục 1', { exact: true })).toBeFocused();
  await dialog.getByLabel('Thư mục 1', { exact: true }).fill('\\\\may-chu\\thu-vien');
  // The browser build says it cannot read folders, and keeps the list anyway.
  await expect(dialog).toContainText('Trình duyệt không đọc được thư mục');
  await page.screenshot({ path: path.join(ARTIFACTS, 'settings-dialog.png') });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // The open panel follows without a reload (name trimmed and collapsed).
  await expect(panel).toContainText('Bạn góp ý với tư cách: Trần Văn An (Chánh Văn phòng)');

  // A reload reads the same settings back.
  await page.reload();
  await expect(page.locator('.vt-app')).toHaveAttribute('data-ready', 'true');
  await tabs.getByRole('tab', { name: 'Góp ý' }).click();
  await expect(page.getByTestId('review-panel')).toContainText('Bạn góp ý với tư cách: Trần Văn An (Chánh Văn phòng)');
  const again = await openSettings(editor);
  await expect(again.getByLabel('Họ và tên')).toHaveValue('Trần Văn An');
  await expect(again.getByLabel('Thư mục 1', { exact: true })).toHaveValue('\\\\may-chu\\thu-vien');

  // The Decree's own profile: the page's left margin goes from 30 to 35 mm without a reload…
  expect(await columnLeftMm(page)).toBeCloseTo(30, 1);
  await again.getByLabel('Khổ trình bày khi soạn và xuất DOCX').selectOption('government');
  await expect(again).toContainText('Lề rộng như các mẫu kèm Nghị định 30');
  await again.getByRole('button', { name: 'Lưu' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByTestId('page')).toHaveCSS('--m-left', '35mm');
  expect(await columnLeftMm(page)).toBeCloseTo(35, 1);

  // …and the exported DOCX has the same margin: 35 mm = 1984 twips.
  const docx = await editor.exportDocx('settings-government.docx');
  const xml = await docxPart(docx);
  expect(xml).toMatch(/<w:pgMar\b[^>]*\bw:left="1984"/);
});

test('wrong input stays in the dialog with messages; Hủy and Esc keep the old settings', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();

  const dialog = await openSettings(editor);
  await dialog.getByLabel('Chức vụ').fill('Phó Chủ tịch');
  await dialog.getByRole('button', { name: '+ Thêm thư mục' }).click();
  await dialog.getByLabel('Thư mục 1', { exact: true }).fill('D:\\ThuVien');
  await dialog.getByRole('button', { name: '+ Thêm thư mục' }).click();
  await dialog.getByLabel('Thư mục 2', { exact: true }).fill('d:/thuvien/');
  await dialog.getByRole('button', { name: '+ Thêm thư mục' }).click();
  await dialog.getByLabel('Thư mục 3', { exact: true }).fill('thu-vien');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Họ và tên')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Họ và tên')).toBeFocused();
  await expect(dialog).toContainText('Hãy nhập họ và tên người góp ý (đã có chức vụ).');
  await expect(dialog).toContainText('Trùng với thư mục 1.');
  await expect(dialog).toContainText('Cần đường dẫn đầy đủ');

  // Fixing a field clears its message at once; removing a row renumbers the rest.
  await dialog.getByLabel('Họ và tên').fill('Lê Văn Bình');
  await expect(dialog.getByLabel('Họ và tên')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Bỏ thư mục 2' }).click();
  await expect(dialog.getByLabel('Thư mục 2', { exact: true })).toHaveValue('thu-vien');
  await expect(dialog).not.toContainText('Trùng với thư mục 1.');

  // Esc: nothing is stored.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('vanthu.settings'))).toBeNull();

  // Ctrl+, opens it again with the stored (default) values; Hủy closes it without saving.
  await page.keyboard.press('Control+,');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Chức vụ')).toHaveValue('');
  await expect(dialog.getByLabel('Khổ trình bày khi soạn và xuất DOCX')).toHaveValue('default');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('vanthu.settings'))).toBeNull();
});

test('a failed write is shown and the dialog keeps what the clerk typed', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  // Browser storage refusing the settings, as a full quota does.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key === 'vanthu.settings') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const dialog = await openSettings(editor);
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Không lưu được cài đặt:');
  await expect(dialog.getByRole('alert')).toContainText('bộ nhớ trình duyệt');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Hoa');
  await page.keyboard.press('Escape');
  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Góp ý' }).click();
  await expect(page.getByTestId('review-panel')).toContainText('Chưa có họ tên người góp ý.');
});
