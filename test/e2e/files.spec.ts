// Files and safety: a corrupt or newer draft is refused with restoreLetter's Vietnamese message and the
// current letter is kept; undo covers header fields; autosave offers recovery after a crash; the dirty
// prompt guards "Tạo mới".
import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, EditorPage } from './support/editor-page';

test('a corrupt draft and a newer-version draft are refused; the current letter stays', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  await app.fill('Ký hiệu', 'UBND-GIỮ-NGUYÊN');

  const broken = path.join(ARTIFACTS, 'broken.vanthu');
  writeFileSync(broken, '{"schemaVersion": 1, "type": "cong-van", "agency": ');
  // The dirty prompt comes first: go on without saving.
  await app.openDiscarding(broken);
  await expect(page.getByRole('alert')).toContainText('Không mở được “broken.vanthu”');
  await expect(page.getByRole('alert')).toContainText('Tệp bản nháp bị hỏng: không đọc được JSON');
  await expect(app.field('Ký hiệu')).toHaveValue('UBND-GIỮ-NGUYÊN');

  const newer = path.join(ARTIFACTS, 'newer.vanthu');
  writeFileSync(newer, JSON.stringify({ schemaVersion: 99, type: 'cong-van' }));
  await app.openDiscarding(newer);
  await expect(page.getByRole('alert').last()).toContainText('phiên bản 99');
  await expect(app.field('Ký hiệu')).toHaveValue('UBND-GIỮ-NGUYÊN');
});

test('undo and redo cover header fields and the body, one step per action', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  const subject = app.field('Trích yếu');
  await subject.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' năm 2022');
  await app.choose('Độ khẩn', 'KHẨN');
  await app.body.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Kính gửi các đơn vị. ');

  await page.keyboard.press('Control+z'); // the typed body text
  await expect(app.body.locator('p').first()).not.toContainText('Kính gửi các đơn vị.');
  await page.keyboard.press('Control+z'); // the urgency mark
  await expect(app.field('Độ khẩn')).toHaveValue('');
  await page.keyboard.press('Control+z'); // the typed subject words, as one step
  await expect(subject).toHaveValue('V/v tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5');
  await expect(page.locator('.vt-app')).toHaveAttribute('data-dirty', 'false');
  await page.keyboard.press('Control+y');
  await expect(subject).toHaveValue(/01\/5 năm 2022$/);
  await expect(page.locator('.vt-app')).toHaveAttribute('data-dirty', 'true');
});

test('autosave offers the recovered draft on the next start', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  await app.fill('Họ tên người ký', 'Lê Thị Khôi Phục');
  // The app signals each autosave; wait for one after the edit.
  await page.evaluate(() => new Promise<void>((resolve) => window.addEventListener('vanthu:autosaved', () => resolve(), { once: true })));
  await page.reload();
  await page.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(app.field('Họ tên người ký')).toHaveValue('Lê Thị Khôi Phục');
  await expect(page.locator('.vt-app')).toHaveAttribute('data-dirty', 'true');
});

test('"Tạo mới" with unsaved changes asks first; Hủy keeps the letter', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  await app.fill('Ký hiệu', 'UBND-THỬ');
  await page.keyboard.press('Control+n');
  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(app.field('Ký hiệu')).toHaveValue('UBND-THỬ');
  await page.keyboard.press('Control+n');
  await page.getByRole('button', { name: 'Không lưu' }).click();
  await expect(app.field('Ký hiệu')).toHaveValue('UBND-KGVX');
});

test('"Tạo từ mẫu…" starts a new letter from a shipped template', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample('?start=blank');
  await app.action('newTemplate').click();
  const dialog = page.getByRole('dialog');
  const first = dialog.getByRole('button').first();
  await expect(first).not.toHaveText('Hủy');
  await first.click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await app.bodyBlocks()).length).toBeGreaterThan(2);
  await expect(app.field('Cơ quan ban hành')).not.toHaveValue('ỦY BAN NHÂN DÂN\nTỈNH ');
  await expect(page.locator('.vt-app')).toHaveAttribute('data-dirty', 'true');
});
