// A long list entry wraps inside its column: a recipient under "Kính gửi:" within the page's text
// width, a Nơi nhận entry within its column beside the signature. Sized to its text, an entry once
// ran past the margin (an imported recipient with its tax code and address).
import { expect, test } from '@playwright/test';
import { EditorPage } from './support/editor-page';

const LONG = 'Công ty TNHH Nissin Manufacturing Việt Nam; Mã số thuế: 5400416202; Địa chỉ: Khu công nghiệp Lương Sơn, xã Hòa Sơn, huyện Lương Sơn, tỉnh Hòa Bình';

test('a long recipient and a long Nơi nhận entry wrap inside their columns', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  await page.getByRole('button', { name: '+ Thêm nơi gửi' }).click();
  await app.fill('Nơi gửi 3', LONG);
  await app.fill('Nơi nhận 2', `Các phòng NVDTPC, TTKT1, TTKT2, KK&KTT, HKDCN, ${LONG}`);

  const edge = async (selector: string) => {
    const box = await page.locator(selector).first().boundingBox();
    return (box?.x ?? 0) + (box?.width ?? 0);
  };
  const recipient = app.field('Nơi gửi 3');
  const rBox = await recipient.boundingBox();
  expect((rBox?.x ?? 0) + (rBox?.width ?? 0)).toBeLessThanOrEqual((await edge('.vt-body')) + 1);
  // More than one line: it wrapped rather than shrank its text.
  expect(rBox?.height ?? 0).toBeGreaterThan(40);

  const entry = app.field('Nơi nhận 2');
  const eBox = await entry.boundingBox();
  expect((eBox?.x ?? 0) + (eBox?.width ?? 0)).toBeLessThanOrEqual((await edge('.vt-noinhan')) + 1);
});
