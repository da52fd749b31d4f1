// The web platform in a real browser (Debian's Chromium through Playwright): the hooks the e2e suite
// relies on — saves and exports are downloads `page.waitForEvent('download')` catches, open/import are
// file choosers `setFiles` answers, a dirty page asks before unloading, drafts survive a reload.
import { build } from 'esbuild';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import type { PlatformApi } from '../../../core/platform/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ORIGIN = 'http://vanthu.test';
let browser: Browser;
let page: Page;
let bundle: string;

/** The test page puts the web platform on window.platform (not a global type: it exists only here). */
type TestWindow = { platform: PlatformApi; last?: unknown };

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: "import { webPlatform } from './renderer/src/platform/web'; window.platform = webPlatform();",
      resolveDir: path.resolve(import.meta.dirname, '../../..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ acceptDownloads: true });
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill(
      route.request().url().endsWith('.js')
        ? { contentType: 'text/javascript', body: bundle }
        : { contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script src="/platform.js"></script><button id="b">b</button><button id="open" onclick="window.platform.openDraft().then((r) => (window.last = r))">open</button><button id="import" onclick="window.platform.pickImport().then((r) => (window.last = r.ok && r.value ? { name: r.value.name, bytes: [...r.value.bytes] } : r))">import</button>' },
    ),
  );
  page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const TEXT = '{"schemaVersion":1,"subject":"tăng cường đảm bảo an toàn thông tin mạng"}\n';

describe('web platform in Chromium', () => {
  it('saves a new draft as a download with the .vanthu name and exact text', async () => {
    const [download, saved] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((text) => (window as unknown as TestWindow).platform.saveDraft({ path: null, suggestedName: 'Công văn 1003', text }), TEXT),
    ]);
    expect(download.suggestedFilename()).toBe('Công văn 1003.vanthu');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(TEXT);
    expect(saved).toEqual({ ok: true, value: { path: 'web:Công văn 1003.vanthu', name: 'Công văn 1003.vanthu', text: TEXT } });
  });

  it('exports bytes as a download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() => (window as unknown as TestWindow).platform.saveExport({ suggestedName: 'cv.docx', bytes: new Uint8Array([80, 75, 3, 4]), kind: 'docx' })),
    ]);
    expect(download.suggestedFilename()).toBe('cv.docx');
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    expect([...Buffer.concat(chunks)]).toEqual([80, 75, 3, 4]);
  });

  it('opens a draft through a file chooser that setFiles answers', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#open')]);
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles({ name: 'mở.vanthu', mimeType: 'application/json', buffer: Buffer.from(TEXT) });
    expect(await page.waitForFunction(() => (window as unknown as TestWindow).last).then((h) => h.jsonValue())).toEqual({ ok: true, value: { path: 'web:mở.vanthu', name: 'mở.vanthu', text: TEXT } });
    expect(await page.locator('input[type=file]').count()).toBe(0);
  });

  it('resolves to null, leaving nothing behind, when the chooser is dismissed (no test listening for it)', async () => {
    // Playwright only intercepts choosers while a 'filechooser' listener exists: register it *before*
    // the click (Promise.all as above). Without one, headless Chromium dismisses the chooser at once.
    const result = await page.evaluate(() => (window as unknown as TestWindow).platform.openDraft());
    expect(result).toEqual({ ok: true, value: null });
    expect(await page.locator('input[type=file]').count()).toBe(0);
  });

  it('imports bytes through a file chooser', async () => {
    await page.evaluate(() => delete (window as unknown as TestWindow).last);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import')]);
    await chooser.setFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from('ỦY BAN') });
    expect(await page.waitForFunction(() => (window as unknown as TestWindow).last).then((h) => h.jsonValue())).toEqual({ name: 'seed.txt', bytes: [...Buffer.from('ỦY BAN')] });
  });

  it('keeps drafts, recent files and recovery across a reload', async () => {
    await page.evaluate(() => (window as unknown as TestWindow).platform.writeRecovery({ text: '{}', path: null, savedAt: '2026-11-21T08:00:00.000Z' }));
    await page.reload();
    const state = await page.evaluate(async () => ({
      recent: await (window as unknown as TestWindow).platform.recentFiles(),
      reopened: await (window as unknown as TestWindow).platform.openRecent('web:Công văn 1003.vanthu'),
      recovery: await (window as unknown as TestWindow).platform.readRecovery(),
    }));
    expect(state.recent.ok && state.recent.value.map((r) => r.name)).toEqual(['mở.vanthu', 'Công văn 1003.vanthu']);
    expect(state.reopened.ok && state.reopened.value.text).toBe(TEXT);
    expect(state.recovery).toEqual({ ok: true, value: { text: '{}', path: null, savedAt: '2026-11-21T08:00:00.000Z' } });
  });

  it('asks before unloading only while the draft is dirty', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.evaluate(() => (window as unknown as TestWindow).platform.setDirty(true));
    await page.click('#b'); // beforeunload prompts need a user gesture on the page
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    // Dirty then saved: the guard must be gone.
    await page.evaluate(() => (window as unknown as TestWindow).platform.setDirty(true));
    await page.evaluate(() => (window as unknown as TestWindow).platform.setDirty(false));
    await page.click('#b');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
  });
});
