// The review journey in the app (issue 7): a leader comments on the subject, suggests an insertion
// and a deletion, gives an opinion; the drafter rejects one suggestion, accepts the other, resolves
// the comment; a version is recorded, the subject edited and the two compared side by side; the
// saved draft reopens with that history.
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { EditorPage } from './support/editor-page';

const SUBJECT = 'tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5';

/** Selects [start, end) of the panel's read-only copy of the part, as a mouse drag would. */
async function selectInPart(part: Locator, start: number, end: number): Promise<void> {
  await part.focus();
  await part.evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s!, e!), [start, end]);
  // The panel reads the selection on key and mouse events; Shift+End/Home would move it, so use a no-op key.
  await part.press('Shift');
}

test('a leader reviews, the drafter decides, versions compare, the draft keeps the history', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('vanthu.settings', JSON.stringify({ profile: 'default', libraryFolders: [], reviewer: { name: 'Trần Văn An', title: 'Chánh Văn phòng' } }));
  });
  const editor = new EditorPage(page);
  await editor.openSample();
  await expect(editor.field('Trích yếu')).toHaveValue(`V/v ${SUBJECT}`);

  await page.locator('.vt-panel-tabs').getByRole('tab', { name: 'Góp ý' }).click();
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText('Bạn góp ý với tư cách: Trần Văn An (Chánh Văn phòng)');
  const notice = panel.getByTestId('review-notice');
  const part = panel.getByTestId('review-part-text');
  await expect(part).toHaveValue(SUBJECT);

  // Reviewer: a comment on "an toàn thông tin mạng".
  const commented = 'an toàn thông tin mạng';
  await selectInPart(part, SUBJECT.indexOf(commented), SUBJECT.indexOf(commented) + commented.length);
  await expect(panel.getByTestId('review-selection')).toHaveText(`Đã chọn: “${commented}”`);
  await panel.getByLabel('Nội dung góp ý').fill('Nêu rõ hệ thống thông tin nào.');
  await panel.getByRole('button', { name: 'Thêm góp ý' }).click();
  await expect(notice).toHaveText('Đã thêm góp ý.');

  // An insertion before "dịp", a deletion of " và 01/5".
  await selectInPart(part, SUBJECT.indexOf('dịp'), SUBJECT.indexOf('dịp'));
  await panel.getByLabel('Chữ đề xuất thêm hoặc thay').fill('trong ');
  await panel.getByRole('button', { name: 'Đề xuất thêm (tại con trỏ)' }).click();
  await expect(notice).toHaveText('Đã ghi đề xuất thêm.');
  const removed = ' và 01/5';
  await selectInPart(part, SUBJECT.indexOf(removed), SUBJECT.length);
  await panel.getByRole('button', { name: 'Đề xuất xoá đoạn đã chọn' }).click();
  await expect(notice).toHaveText('Đã ghi đề xuất xoá.');
  // Suggesting does not change the letter.
  await expect(editor.field('Trích yếu')).toHaveValue(`V/v ${SUBJECT}`);

  await panel.getByLabel('Ý kiến khác').check();
  await panel.getByLabel('Nội dung ý kiến').fill('Đề nghị bổ sung thời hạn báo cáo.');
  await panel.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(notice).toHaveText('Đã ghi ý kiến.');

  // Drafter: reject the insertion, accept the deletion, resolve the comment.
  await panel.getByRole('tab', { name: 'Xử lý góp ý' }).click();
  await expect(panel.getByTestId('review-opinion')).toContainText('Ý kiến khác — Trần Văn An (Chánh Văn phòng)');
  const cards = panel.getByTestId('review-suggestion');
  await expect(cards).toHaveCount(2);
  await cards.filter({ hasText: 'Thêm' }).getByRole('button', { name: 'Từ chối' }).click();
  await expect(cards).toHaveCount(1);
  await cards.filter({ hasText: 'Xoá' }).getByRole('button', { name: 'Chấp nhận' }).click();
  await expect(cards).toHaveCount(0);
  await expect(editor.field('Trích yếu')).toHaveValue('V/v tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4');
  const comment = panel.getByTestId('review-comment');
  await comment.getByLabel('Nội dung trả lời').fill('Đã bổ sung.');
  await comment.getByRole('button', { name: 'Trả lời' }).click();
  await expect(comment).toContainText('Đã bổ sung.');
  await comment.getByRole('button', { name: 'Đã giải quyết' }).click();
  await expect(comment).toContainText('Đã giải quyết bởi Trần Văn An');

  // Versions: record, edit, compare with the current draft.
  await panel.getByRole('tab', { name: 'Phiên bản' }).click();
  await panel.getByTestId('review-version-note').fill('Bản trình lãnh đạo');
  await panel.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(panel.getByTestId('review-version')).toHaveCount(1);
  await editor.fill('Trích yếu', 'V/v tăng cường bảo đảm an toàn thông tin mạng dịp Lễ 30/4');
  await panel.getByLabel('So sánh từ').selectOption('v1');
  await panel.getByLabel('với').selectOption('current');
  await panel.getByRole('button', { name: 'So sánh' }).click();
  const row = panel.getByTestId('review-diff-row').filter({ hasText: 'Trích yếu' });
  await expect(row).toHaveAttribute('data-status', 'changed');
  // "đảm bảo" → "bảo đảm": the common word stays, the moved one is struck on the left and marked on the right.
  await expect(row.locator('del')).toHaveText('đảm');
  await expect(row.locator('ins')).toHaveText('đảm');
  await expect(row.locator('td').nth(1)).toHaveText('tăng cường bảo đảm an toàn thông tin mạng dịp Lễ 30/4');

  // Save and reopen: the history is in the draft.
  const file = await editor.save('review-journey.vanthu');
  const saved = EditorPage.readDraft(file);
  expect(saved.subject).toBe('tăng cường bảo đảm an toàn thông tin mạng dịp Lễ 30/4');
  expect(saved.review?.suggestions.map((s) => [s.kind, s.status, s.text])).toEqual([
    ['insert', 'rejected', 'trong '],
    ['delete', 'accepted', removed],
  ]);
  expect(saved.review?.comments.map((c) => [c.anchor.quote, c.resolved, c.replies.length])).toEqual([[commented, true, 1]]);
  expect(saved.review?.opinions.map((o) => [o.verdict, o.author.name])).toEqual([['y-kien-khac', 'Trần Văn An']]);
  expect(saved.versions?.map((v) => v.note)).toEqual(['Bản trình lãnh đạo']);
  await editor.open(file);
  await expect(editor.field('Trích yếu')).toHaveValue(`V/v ${saved.subject}`);
  // The panel stays open across opening a file and shows the reopened draft's history.
  await panel.getByRole('tab', { name: 'Xử lý góp ý' }).click();
  await expect(panel.getByTestId('review-decided')).toHaveCount(2);
  await expect(panel.getByTestId('review-comment')).toContainText('Đã bổ sung.');
});
