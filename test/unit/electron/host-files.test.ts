// The file commands end to end through the preload's window.vanthu object, the validated IPC and the
// real storage: save (with the dialog), reopen, recent files, export, import, libraries, startup,
// and the "save then close" answer of the close prompt.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDraft, sampleLetter, serializeLetter } from '../../../core/letter';
import { createHost } from './host-harness';
import { parseLaunchArgs } from '../../../electron/launch-args';
import { resolveStartup } from '../../../electron/startup';

let host: Awaited<ReturnType<typeof createHost>>;
beforeEach(async () => {
  host = await createHost();
});
afterEach(() => host.dispose());

const text = serializeLetter(sampleLetter());

describe('drafts through window.vanthu', () => {
  it('saves a new draft where the dialog says, adding .vanthu, then reopens it equal', async () => {
    host.answers.push(path.join(host.docs, 'Công văn 1003'));
    const saved = await host.api.saveDraft({ path: null, suggestedName: 'Công văn 1003', text });
    const file = path.join(host.docs, 'Công văn 1003.vanthu');
    expect(saved).toEqual({ ok: true, value: { path: file, name: 'Công văn 1003.vanthu', text } });
    expect(host.asked).toEqual([{ kind: 'draft', suggestedName: 'Công văn 1003.vanthu' }]);
    expect(await fs.readFile(file, 'utf8')).toBe(text);

    const recent = await host.api.recentFiles();
    expect(recent.ok && recent.value.map((r) => r.path)).toEqual([file]);
    const reopened = await host.api.openRecent(file);
    expect(reopened.ok && reopened.value.text).toBe(text);
    const restored = parseDraft(reopened.ok ? reopened.value.text : '');
    expect(restored.ok && restored.value.letter).toEqual(sampleLetter());
    expect(host.documents).toEqual([file, file]);
  });

  it('saves over an existing path without asking, and a cancelled dialog saves nothing', async () => {
    const file = path.join(host.docs, 'a.vanthu');
    expect((await host.api.saveDraft({ path: file, suggestedName: 'a', text: '1' })).ok).toBe(true);
    expect(host.asked).toEqual([]);
    expect(await host.api.saveDraft({ path: null, suggestedName: 'b', text: '2' })).toEqual({ ok: true, value: null });
    expect(await fs.readdir(host.docs)).toEqual(['a.vanthu']);
  });

  it('opens through the dialog, and says in Vietnamese which file is missing', async () => {
    const file = path.join(host.docs, 'cv.vanthu');
    await fs.writeFile(file, text);
    host.answers.push(file);
    const opened = await host.api.openDraft();
    expect(opened.ok && opened.value?.name).toBe('cv.vanthu');
    expect(await host.api.openDraft()).toEqual({ ok: true, value: null });
    const missing = path.join(host.docs, 'mất.vanthu');
    expect(await host.api.openRecent(missing)).toEqual({ ok: false, error: `Không tìm thấy tệp “mất.vanthu” (${missing}).` });
  });

  it('exports bytes with the right extension and imports a chosen file', async () => {
    host.answers.push(path.join(host.docs, 'cv'));
    const exported = await host.api.saveExport({ suggestedName: 'cv.docx', bytes: new Uint8Array([80, 75, 3, 4]), kind: 'docx' });
    expect(exported).toEqual({ ok: true, value: { path: path.join(host.docs, 'cv.docx') } });
    expect([...(await fs.readFile(path.join(host.docs, 'cv.docx')))]).toEqual([80, 75, 3, 4]);

    await fs.writeFile(path.join(host.docs, 'seed.txt'), 'ỦY BAN NHÂN DÂN');
    host.answers.push(path.join(host.docs, 'seed.txt'));
    const imported = await host.api.pickImport();
    expect(imported.ok && imported.value && new TextDecoder().decode(imported.value.bytes)).toBe('ỦY BAN NHÂN DÂN');
  });

  it('reads every library file of the configured folders and reports an unreachable folder', async () => {
    const lib = path.join(host.docs, 'thu-vien');
    await fs.mkdir(lib);
    await fs.writeFile(path.join(lib, 'b.json'), '{"b":1}');
    await fs.writeFile(path.join(lib, 'a.json'), '{"a":1}');
    await fs.writeFile(path.join(lib, 'ghi-chu.txt'), 'not a library');
    const offline = path.join(host.docs, 'o-mang');
    await host.api.setSettings({ profile: 'default', libraryFolders: [lib, offline], reviewer: { name: '', title: '' } });
    const files = await host.api.readLibraryFiles();
    expect(files).toEqual({
      ok: true,
      value: [
        { path: path.join(lib, 'a.json'), text: '{"a":1}' },
        { path: path.join(lib, 'b.json'), text: '{"b":1}' },
        { path: offline, text: '', error: `Không tìm thấy thư mục “o-mang” (${offline}).` },
      ],
    });
  });

  it('prints to PDF bytes through the sender window', async () => {
    const pdf = await host.api.printToPdf();
    expect(pdf.ok && [...pdf.value]).toEqual([37, 80, 68, 70]);
  });
});

describe('close prompt: "Lưu" closes only after a successful save', () => {
  it('stays open when the save is cancelled, closes when it succeeds', async () => {
    await host.api.setDirty(true);
    expect(host.guard.onCloseRequested()).toBe('prompt');
    expect(host.guard.onPromptAnswer('save')).toBe('save-then-close');
    // The renderer's save asks for a path; the clerk cancels: the window must stay.
    await host.api.saveDraft({ path: null, suggestedName: 'cv', text });
    expect(host.closes).toEqual([]);
    expect(host.guard.onCloseRequested()).toBe('prompt');
    // Second attempt: the save succeeds and the pending close completes.
    expect(host.guard.onPromptAnswer('save')).toBe('save-then-close');
    host.answers.push(path.join(host.docs, 'cv.vanthu'));
    await host.api.saveDraft({ path: null, suggestedName: 'cv', text });
    expect(host.closes).toEqual(['close']);
    expect(host.guard.onCloseRequested()).toBe('close');
  });

  it('an ordinary save later does not close the window', async () => {
    await host.api.setDirty(true);
    expect(host.guard.onPromptAnswer('cancel')).toBe('stay');
    await host.api.saveDraft({ path: path.join(host.docs, 'x.vanthu'), suggestedName: 'x', text });
    expect(host.closes).toEqual([]);
  });

  it('"Không lưu" closes at once', () => {
    host.guard.setDirty(true);
    expect(host.guard.onPromptAnswer('discard')).toBe('close');
    expect(host.guard.onCloseRequested()).toBe('close');
  });
});

describe('startup from the command line', () => {
  it('reads --sample and a .vanthu path, ignoring the app path and Chromium switches', () => {
    expect(parseLaunchArgs(['electron', '.', '--sample'], '/w')).toEqual({ sample: true, file: null });
    expect(parseLaunchArgs(['Văn thư.exe', '--allow-file-access', 'D:\\cv.VANTHU'], '/w').file).toMatch(/cv\.VANTHU$/);
    expect(parseLaunchArgs(['vanthu', 'thu muc/cv.vanthu'], '/home/lan')).toEqual({ sample: false, file: '/home/lan/thu muc/cv.vanthu' });
    expect(parseLaunchArgs(['vanthu', 'notes.txt'], '/w')).toEqual({ sample: false, file: null });
  });

  it('opens the named file, or reports it, or starts on the sample / a blank letter', async () => {
    const file = path.join(host.docs, 'cv.vanthu');
    await fs.writeFile(file, text);
    expect(await resolveStartup({ sample: false, file })).toEqual({ kind: 'file', file: { path: file, name: 'cv.vanthu', text } });
    const gone = path.join(host.docs, 'gone.vanthu');
    expect(await resolveStartup({ sample: true, file: gone })).toEqual({ kind: 'error', message: `Không tìm thấy tệp “gone.vanthu” (${gone}).` });
    expect(await resolveStartup({ sample: true, file: null })).toEqual({ kind: 'sample' });
    expect(await resolveStartup({ sample: false, file: null })).toEqual({ kind: 'blank' });
    expect(await host.api.startup()).toEqual({ ok: true, value: { kind: 'sample' } });
  });
});
