// Issue 5: a clause is inserted "at the cursor as the right item level". The library's "Trực giám
// sát 24/7" is a point (a) in its source letters; with the caret in clause 1 of the sample it must
// arrive as clause 2 (sub-items moving with it) and renumber the old clause 2 as 3, while an explicit
// level chosen by the clerk still wins.
import { expect, test } from '@playwright/test';
import { EditorPage } from './support/editor-page';

const TRUC = 'Phân công lực lượng tại chỗ triển khai trực giám sát, hỗ trợ, ứng cứu và khắc phục sự cố an toàn thông tin mạng 24/7.';

test('a library clause takes the level of the item holding the caret', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const before = await editor.bodyBlocks();
  const first = before.findIndex((b) => b.label === '1.');
  await editor.caretAtEndOf(editor.body.locator(':scope > *').nth(first));

  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Thư viện điều khoản' }).click();
  await page.getByRole('searchbox', { name: /Tìm điều khoản/ }).fill('truc 24/7');
  await page.getByRole('option').filter({ hasText: 'Trực giám sát, ứng cứu sự cố 24/7' }).getByRole('button').click();
  await expect(page.getByRole('combobox').filter({ has: page.locator('option[value="cursor"]') })).toHaveValue('cursor');
  await page.getByRole('button', { name: 'Chèn vào chỗ con trỏ' }).click();

  // After clause 1 and its points a)–d): the new text is clause 2, the old clause 2 is now 3.
  await expect.poll(async () => (await editor.bodyBlocks()).length).toBe(before.length + 1);
  const after = await editor.bodyBlocks();
  // The sample's own point a) has the same wording, so look for the new block from the end.
  const inserted = after.map((b) => b.text.endsWith(TRUC)).lastIndexOf(true);
  expect(after.filter((b) => b.text.endsWith(TRUC))).toHaveLength(2);
  expect(after[inserted]?.label).toBe('2.');
  expect(after[inserted - 1]?.label).toBe('d)');
  expect(after.find((b) => b.text.startsWith('Sở Thông tin và Truyền thông'))?.label).toBe('3.');
});

test('export asks before writing a letter whose clause variables are still unfilled', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  await editor.caretAtBodyEnd();
  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Thư viện điều khoản' }).click();
  await page.getByRole('searchbox', { name: /Tìm điều khoản/ }).fill('duong day nong');
  await page.getByRole('option').filter({ hasText: 'Đầu mối hỗ trợ của Sở' }).getByRole('button').click();
  await page.getByRole('button', { name: 'Chèn vào chỗ con trỏ' }).click();
  await expect(editor.body).toContainText('«điện thoại của Sở»');

  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await editor.action('exportDocx').click();
  const question = page.getByRole('dialog', { name: 'Công văn chưa hoàn chỉnh' });
  await expect(question).toContainText('Còn 3 biến chưa điền: «điện thoại của Sở», «đường dây nóng ứng cứu sự cố của tỉnh», «thư điện tử của Sở».');
  await question.getByRole('button', { name: 'Hủy' }).click();
  await expect(question).toBeHidden();
  expect(downloaded).toBe(false);
});
