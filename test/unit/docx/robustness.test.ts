// The file must never be corrupt, and the same letter with the same clock gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { documentXml, exportDocx } from '../../../core/docx';
import { item, para, run, sampleLetter } from '../../../core/letter';
import { loadDraft } from './fixtures';
import { exportAndRead, FIXED_NOW } from './read-docx';

describe('characters XML forbids', () => {
  it('are dropped with a warning naming the field, and every part still parses', async () => {
    const letter = sampleLetter();
    letter.subject = 'tăng cường\u0001 an toàn';
    letter.body = [para([run('Đoạn có ký tự \u0007điều khiển\uFFFE và \uD800 nửa cặp.')]), item('clause', 'Mục\u000B một./.')];
    letter.signature = { ...letter.signature, signer: 'Nguyễn\u0000 Duy Hưng' };
    letter.distribution = ['Như trên', 'Sở\u001F Nội vụ'];
    const out = await exportAndRead(letter);
    const fields = out.warnings.filter((w) => w.includes('không hợp lệ trong XML')).map((w) => w.split(':')[0]);
    expect(fields.sort()).toEqual(['body.0.content.0.text', 'body.1.content.0.text', 'distribution.1', 'signature.signer', 'subject'].sort());
    for (const part of out.pkg.partNames.filter((p) => p.endsWith('.xml'))) {
      const errors: string[] = [];
      new DOMParser({ onError: (level, msg) => (level === 'warning' ? undefined : errors.push(msg)) }).parseFromString(out.pkg.text(part) ?? '', 'application/xml');
      expect(errors, part).toEqual([]);
      expect(out.pkg.text(part) ?? '').not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    }
    expect(out.paragraphs.some((p) => p.text === 'Đoạn có ký tự điều khiển và  nửa cặp.')).toBe(true);
  });

  it('escapes markup characters instead of writing them raw', async () => {
    const letter = sampleLetter();
    letter.subject = 'thử <w:p> & "ngoặc" </w:t>';
    letter.body = [para('Điều <b>1</b> & 2./.')];
    const out = await exportAndRead(letter);
    expect(out.paragraphs.some((p) => p.text === 'Điều <b>1</b> & 2./.')).toBe(true);
    expect(out.pkg.text('docProps/core.xml')).toContain('<dc:title>thử &lt;w:p&gt; &amp; "ngoặc" &lt;/w:t&gt;</dc:title>'.replace('"ngoặc"', '&quot;ngoặc&quot;'));
  });

  it('text given in NFD is written in NFC', async () => {
    const letter = sampleLetter();
    letter.body = [para('Ủy ban nhân dân tỉnh./.'.normalize('NFD'))];
    const out = await exportAndRead(letter);
    expect(out.paragraphs.filter((p) => p.text).at(-1)?.text).toBe('Ủy ban nhân dân tỉnh./.'.normalize('NFC'));
  });
});

describe('determinism', () => {
  it('gives byte-identical files for the same letter and clock', async () => {
    const a = await exportDocx(loadDraft('seed-001'), { now: FIXED_NOW });
    const b = await exportDocx(loadDraft('seed-001'), { now: FIXED_NOW });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const c = await exportDocx(loadDraft('seed-001'), { now: new Date('2026-01-02T03:04:05Z') });
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
  });

  it('returns a Uint8Array (no Buffer in core), a valid zip', async () => {
    const out = await exportDocx(sampleLetter(), { now: FIXED_NOW });
    expect(out.bytes.constructor.name).toBe('Uint8Array');
    expect([out.bytes[0], out.bytes[1]]).toEqual([0x50, 0x4b]);
  });
});

const GOLDEN_DIR = path.resolve(__dirname, 'golden');

describe.each(['seed-000', 'seed-001', 'seed-003', 'edge-parent-agency'])('golden document.xml: %s', (name) => {
  it('matches the reviewed golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)', async () => {
    const xml = await documentXml(loadDraft(name));
    const file = path.join(GOLDEN_DIR, `${name}.document.xml`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, xml);
    expect(xml).toBe(readFileSync(file, 'utf8'));
  });
});
