// Vietnamese input methods and paste: composition events (as Telex/VNI produce them) in the body, in
// a list item, at a node boundary and in a header field; NFD input stored NFC; Word HTML pasted as
// clean items.
import { expect, test } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';
import { EditorPage } from './support/editor-page';

/** Types a word the way Telex does: each key updates the composition, the last commits it. */
async function telex(cdp: CDPSession, steps: string[], commit: string): Promise<void> {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: commit });
}

async function cdpOf(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

test('IME composition in the body, inside a list item and at a node boundary, stored NFC', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample();
  const cdp = await cdpOf(page);

  // Inside a point ("a) Phân công …"): at its end, a composed word.
  const point = app.body.locator('[data-label="a)"]').first();
  await app.caretAtEndOf(point);
  await page.keyboard.type(' ');
  await telex(cdp, ['t', 'tr', 'tru', 'truw', 'trư', 'trươ', 'trươn', 'trương', 'trường'], 'trường');
  await expect(point).toContainText('24/7. trường');

  // At a node boundary: right after a bold run, in a new item made by Enter.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Đậm');
  await page.keyboard.press('Control+b');
  // The committed text arrives decomposed (NFD), as some input methods send it.
  await telex(cdp, [' v', ' vi', ' việ'], ' việc'.normalize('NFD'));
  const item = app.body.locator('[data-label="b)"]').first();
  // The page keeps what the input method typed (NFD here); the stored draft is NFC (checked below).
  await expect.poll(() => item.evaluate((el) => (el.textContent ?? '').normalize('NFC').replace(/\u200B/g, ''))).toBe('Đậm việc');

  // A header field composes too.
  const subject = app.field('Trích yếu');
  await subject.click();
  await page.keyboard.press('Control+End');
  await telex(cdp, [' n', ' nă', ' năm'], ' năm'.normalize('NFD'));
  await expect(subject).toHaveValue(/dịp Lễ 30\/4 và 01\/5 năm$/);

  const letter = EditorPage.readDraft(await app.save('ime.vanthu'));
  const clause = letter.body[2];
  if (clause?.kind !== 'item') throw new Error('clause 1 missing');
  expect(clause.children[0]?.content.map((r) => r.text).join('')).toMatch(/24\/7\. trường$/);
  expect(clause.children[1]).toMatchObject({ kind: 'item', level: 'point', content: [{ text: 'Đậm', bold: true }, { text: ' việc', bold: false }] });
  expect(letter.subject.endsWith('năm')).toBe(true);
  const all = JSON.stringify(letter);
  expect(all).toBe(all.normalize('NFC'));
});

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><style>p.MsoNormal{margin:0} </style><script>alert(1)</script></head><body lang=VI>
<!--StartFragment-->
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><b><span style='font-size:14.0pt;color:red'>Sở Nội vụ</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a)<span>&nbsp;&nbsp; </span></span><![endif]>Rà soát <i>biên chế</i> năm 2024;<img src="file:///C:/x.png"></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level3 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>-<span>&nbsp;&nbsp; </span></span><![endif]><u>báo cáo</u> trước ngày 15.</p>
<p class=MsoNormal>Trân trọng./.</p>
<!--EndFragment--></body></html>`;

test('pasting Word HTML keeps text and marks only and rebuilds the numbered list', async ({ page }) => {
  const app = new EditorPage(page);
  await app.openSample('?start=blank');
  await app.body.click();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'ignored when html is there');
    const target = document.querySelector('.vt-body [data-lexical-text], .vt-body p') ?? document.querySelector('.vt-body');
    target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_HTML);
  await expect.poll(async () => (await app.bodyBlocks()).map((b) => b.label)).toEqual(['1.', 'a)', '-', null]);
  const blocks = await app.bodyBlocks();
  expect(blocks.map((b) => b.text)).toEqual(['Sở Nội vụ', 'Rà soát biên chế năm 2024;', 'báo cáo trước ngày 15.', 'Trân trọng./.']);
  expect(await app.body.locator('img, script, style, [style*="color"]').count()).toBe(0);

  const letter = EditorPage.readDraft(await app.save('paste.vanthu'));
  expect(letter.body).toEqual([
    {
      kind: 'item',
      level: 'clause',
      title: true,
      content: [{ text: 'Sở Nội vụ', bold: false, italic: false, underline: false }],
      children: [
        {
          kind: 'item',
          level: 'point',
          title: false,
          content: [
            { text: 'Rà soát ', bold: false, italic: false, underline: false },
            { text: 'biên chế', bold: false, italic: true, underline: false },
            { text: ' năm 2024;', bold: false, italic: false, underline: false },
          ],
          children: [{ kind: 'item', level: 'dash', title: false, content: [{ text: 'báo cáo', bold: false, italic: false, underline: true }, { text: ' trước ngày 15.', bold: false, italic: false, underline: false }], children: [] }],
        },
      ],
    },
    { kind: 'paragraph', content: [{ text: 'Trân trọng./.', bold: false, italic: false, underline: false }] },
  ]);
});
