// The clerk's journey: start from the sample, edit every part, add tasks on three levels, save and
// reopen (the draft is equal), export and read the DOCX back; screenshots beside LibreOffice's render.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sampleLetter } from '../../core/letter';
import { ARTIFACTS, EditorPage } from './support/editor-page';
import { docxPart, paragraphsOf, renderDocx } from './support/docx';

test('edit every part of the sample, save, reopen, export', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();

  // Header.
  await app.fill('Cơ quan chủ quản', 'UBND TỈNH HƯNG YÊN');
  await app.fill('Cơ quan ban hành', 'SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG');
  await app.field('Số văn bản').fill('');
  await expect(app.field('Số văn bản')).toHaveAttribute('placeholder', 'chờ cấp số');
  await app.fill('Ký hiệu', 'STTTT-CNTT');
  await app.fill('Địa danh', 'Hưng Yên');
  await app.field('Ngày').fill('');
  await app.fill('Tháng', '5');
  await app.fill('Năm', '2024');
  await app.fill('Trích yếu', 'V/v bảo đảm an toàn thông tin mạng');
  await app.choose('Độ khẩn', 'HỎA TỐC');
  await app.choose('Độ mật', 'MẬT');

  // Kính gửi: add, remove, reorder.
  await page.getByRole('button', { name: '+ Thêm nơi gửi' }).click();
  await app.fill('Nơi gửi 3', 'Công an tỉnh');
  await app.listTool('Đưa lên', 'Nơi gửi 3');
  await expect(app.field('Nơi gửi 2')).toHaveValue('Công an tỉnh');
  await app.listTool('Xóa', 'Nơi gửi 1');
  await expect(app.field('Nơi gửi 1')).toHaveValue('Công an tỉnh');

  // Nơi nhận, archive, drafter.
  await page.getByRole('button', { name: '+ Thêm nơi nhận' }).click();
  await app.fill('Nơi nhận 5', 'Lưu trữ tỉnh');
  await app.fill('Đơn vị lưu', 'CNTT');
  await app.fill('Số bản lưu', '2');
  await app.fill('Ký hiệu người soạn thảo', 'NVA');
  await app.fill('Số bản phát hành', '15');

  // Signature.
  await app.field('Dòng TM.').fill('');
  await app.choose('Hình thức ký', 'KT.');
  await app.fill('Dòng thẩm quyền ký', 'GIÁM ĐỐC');
  await app.fill('Chức vụ người ký', 'PHÓ GIÁM ĐỐC');
  await app.fill('Họ tên người ký', 'Trần Văn Bình');

  // Body: a closing paragraph, then tasks on three levels.
  await app.caretAtBodyEnd();
  await app.addTask('Tổ chức thực hiện', 'clause');
  await app.addTask('Rà soát hệ thống', 'point');
  await app.addTask('Báo cáo kết quả trước ngày 30', 'dash');
  const blocks = await app.bodyBlocks();
  expect(blocks.slice(-3).map((b) => b.label)).toEqual(['3.', 'a)', '-']);

  const saved = await app.save('journey.vanthu');
  const letter = EditorPage.readDraft(saved);
  expect(letter.agency).toEqual({ parent: 'UBND TỈNH HƯNG YÊN', name: 'SỞ THÔNG TIN VÀ\nTRUYỀN THÔNG' });
  expect(letter.number).toBeNull();
  expect(letter.symbol).toBe('STTTT-CNTT');
  expect(letter.date).toEqual({ day: null, month: 5, year: 2024 });
  expect(letter.subject).toBe('bảo đảm an toàn thông tin mạng');
  expect([letter.urgency, letter.secrecy]).toEqual(['HỎA TỐC', 'MẬT']);
  expect(letter.recipients).toEqual(['Công an tỉnh', 'UBND huyện, thị xã, thành phố']);
  expect(letter.distribution.at(-1)).toBe('Lưu trữ tỉnh');
  expect(letter.archive).toEqual({ units: ['VT', 'CNTT'], copies: 2 });
  expect(letter.drafter).toEqual({ initials: 'NVA', copies: 15 });
  expect(letter.signature).toEqual({ authority: null, delegation: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trần Văn Bình' });
  const last = letter.body.at(-1);
  expect(last).toMatchObject({ kind: 'item', level: 'clause', content: [{ text: 'Tổ chức thực hiện' }] });
  expect(last?.kind === 'item' && last.children).toMatchObject([{ level: 'point', children: [{ level: 'dash', content: [{ text: 'Báo cáo kết quả trước ngày 30' }] }] }]);
  expect(letter.body.slice(0, sampleLetter().body.length)).toEqual(sampleLetter().body);

  // Reopen in a fresh window: the draft read back equals the one saved.
  await app.openSample();
  await app.open(saved);
  await expect(app.field('Ký hiệu')).toHaveValue('STTTT-CNTT');
  const again = await app.save('journey-again.vanthu');
  expect(EditorPage.readDraft(again)).toEqual(letter);

  // Export and read the DOCX back.
  const docx = await app.exportDocx('journey.docx');
  const paragraphs = paragraphsOf(await docxPart(docx));
  expect(paragraphs).toContain('SỞ THÔNG TIN VÀ');
  expect(paragraphs.some((p) => /^Số:\s+\/STTTT-CNTT$/.test(p))).toBe(true);
  expect(paragraphs).toContain('V/v bảo đảm an toàn thông tin mạng');
  expect(paragraphs).toContain('3. Tổ chức thực hiện');
  expect(paragraphs).toContain('a) Rà soát hệ thống');
  expect(paragraphs.some((p) => p.startsWith('- Báo cáo kết quả trước ngày 30'))).toBe(true);
  expect(paragraphs).toContain('- Lưu: VT, CNTT (02). NVA.(15)');
  expect(paragraphs).toContain('KT. GIÁM ĐỐC');
  expect(paragraphs).toContain('Trần Văn Bình');
});

test('the page beside the exported DOCX rendered by LibreOffice', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new EditorPage(page);
  await page.setViewportSize({ width: 1000, height: 1300 });
  await app.openSample();
  await app.action('zoomFit').click();
  const sheets = page.getByTestId('page');
  await expect(sheets).toHaveAttribute('data-pages', '2');
  // Screen-only helpers hidden, as in print, so the comparison is of the letter itself.
  await page.emulateMedia({ media: 'print' });
  const pageShot = path.join(ARTIFACTS, 'page-sample.png');
  await sheets.screenshot({ path: pageShot });
  await page.emulateMedia({ media: 'screen' });
  const docx = await app.exportDocx('sample.docx');
  const rendered = renderDocx(docx, ARTIFACTS, 'sample-docx');
  expect(rendered.length).toBeGreaterThanOrEqual(2);
  // One image: the page on the left, LibreOffice's pages on the right.
  const img = (f: string) => `data:image/png;base64,${readFileSync(f).toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;display:flex;gap:16px;background:#888;align-items:flex-start">
      <img style="width:600px" src="${img(pageShot)}"><div>${rendered.map((f) => `<img style="width:600px;display:block;margin-bottom:8px" src="${img(f)}">`).join('')}</div></body>`,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-beside-docx.png'), fullPage: true });
});

test('Enter continues the list (labels live: … d) đ)), Backspace at the start lifts the item, Tab nests it again', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  await app.caretAtEndOf(app.body.locator('[data-label="d)"]').first());
  await page.keyboard.press('Enter');
  await page.keyboard.type('điểm mới');
  const added = app.body.locator('p', { hasText: 'điểm mới' });
  await expect(added).toHaveAttribute('data-label', 'đ)');
  await page.keyboard.press('Home');
  await app.settle();
  await page.keyboard.press('Backspace');
  await expect(added).not.toHaveAttribute('data-label', /./);
  await expect(added).toHaveText('điểm mới');
  await page.keyboard.press('Tab');
  await expect(added).toHaveAttribute('data-label', 'đ)');
  await page.keyboard.press('Shift+Tab');
  await expect(added).toHaveAttribute('data-label', '2.');
  // The clause that followed is renumbered live.
  await expect(app.body.locator('p', { hasText: /^Sở Thông tin và Truyền thông$/ })).toHaveAttribute('data-label', '3.');
});
