// A leader selects words on the page itself, not in a copy in the panel, then comments on them: the
// review panel takes the page's selection (body text or a header field), and the commented part is
// marked on the page.
import { expect, test } from '@playwright/test';
import { EditorPage } from './support/editor-page';

const SUBJECT = 'tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('vanthu.settings', JSON.stringify({ profile: 'default', libraryFolders: [], reviewer: { name: 'Trần Văn An', title: 'Chánh Văn phòng' } }));
  });
});

test('words selected in the body are the comment\'s range', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const phrase = 'Công văn số 1535/BTTTT-CATTT';
  await editor.body.focus();
  await editor.body.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf(wanted) ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  }, phrase);
  await editor.settle();

  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Góp ý' }).click();
  const panel = page.getByTestId('review-panel');
  await panel.getByRole('button', { name: 'Lấy đoạn đang chọn trên trang' }).click();
  await expect(panel.getByTestId('review-selection')).toHaveText(`Đã chọn: “${phrase}”`);
  await panel.getByLabel('Nội dung góp ý').fill('Ghi đủ trích yếu của công văn Bộ.');
  await panel.getByRole('button', { name: 'Thêm góp ý' }).click();
  await expect(panel.getByTestId('review-notice')).toHaveText('Đã thêm góp ý.');
  await expect(editor.body.locator(':scope > *').first()).toHaveAttribute('data-vt-flag', 'review');
});

test('a selection in the subject field maps past its "V/v " prefix', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const words = 'an toàn thông tin mạng';
  const subject = editor.field('Trích yếu');
  await subject.focus();
  await subject.evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s as number, e as number), [4 + SUBJECT.indexOf(words), 4 + SUBJECT.indexOf(words) + words.length]);
  await subject.press('Shift');

  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Góp ý' }).click();
  const panel = page.getByTestId('review-panel');
  await panel.getByRole('button', { name: 'Lấy đoạn đang chọn trên trang' }).click();
  await expect(panel.getByTestId('review-part')).toHaveValue('subject');
  await expect(panel.getByTestId('review-selection')).toHaveText(`Đã chọn: “${words}”`);
});

test('with nothing selected on the page the panel says so', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Góp ý' }).click();
  const panel = page.getByTestId('review-panel');
  await panel.getByRole('button', { name: 'Lấy đoạn đang chọn trên trang' }).click();
  await expect(panel.getByRole('status')).toHaveText('Chưa chọn đoạn chữ nào trên trang: hãy bôi đen trên trang trước.');
});
