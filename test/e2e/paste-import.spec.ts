// Issue 3's first case: a clerk copies a whole letter from a PDF or a web page and pastes it. The
// pasted seed 002 (Hà Tĩnh) becomes a structured draft with its fields in place; a pasted recipe is
// refused in Vietnamese while the box keeps the text and the open letter stays as it was.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EditorPage } from './support/editor-page';

const SEED_002 = readFileSync(path.resolve('test/fixtures/letters/seed-002.txt'), 'utf8');

test('a pasted letter becomes a structured draft', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  await editor.action('importPaste').click();
  const box = page.getByRole('dialog', { name: 'Nhập công văn từ văn bản dán' });
  await box.getByLabel('Văn bản công văn').fill(SEED_002);
  await box.getByRole('button', { name: 'Nhập' }).click();
  await expect(box).toBeHidden();

  await expect(editor.field('Số văn bản')).toHaveValue('357');
  await expect(editor.field('Ký hiệu')).toHaveValue('UBND-KGVX');
  await expect(editor.field('Địa danh')).toHaveValue('Hà Tĩnh');
  await expect(editor.field('Trích yếu')).toHaveValue(/Tết Nguyên đán Kỷ Hợi năm 2019$/);
  await expect(editor.field('Họ tên người ký')).toHaveValue('Đặng Quốc Vinh');
  const labels = (await editor.bodyBlocks()).map((b) => b.label);
  expect(labels).toEqual(expect.arrayContaining(['1.', '2.', '3.', '4.', '-']));
});

test('a paste that is not a letter is refused and nothing is lost', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const recipe = 'Trứng 3 quả, bột mì 200 g, đường 100 g. Đánh đều rồi nướng 20 phút ở 180 độ.';
  await editor.action('importPaste').click();
  const box = page.getByRole('dialog', { name: 'Nhập công văn từ văn bản dán' });
  await box.getByLabel('Văn bản công văn').fill(recipe);
  await box.getByRole('button', { name: 'Nhập' }).click();
  await expect(box.getByRole('alert')).toContainText('Không nhận ra đây là một công văn');
  await expect(box.getByLabel('Văn bản công văn')).toHaveValue(recipe);
  await box.getByRole('button', { name: 'Hủy' }).click();
  await expect(box).toBeHidden();
  await expect(editor.field('Ký hiệu')).toHaveValue('UBND-KGVX');
  await expect(editor.field('Số văn bản')).toHaveValue('1003');
});
