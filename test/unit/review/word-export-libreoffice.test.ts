// The exported DOCX with comments and tracked changes opens in LibreOffice: it converts to PDF
// (pdftotext shows the letter's text with the suggested words), and LibreOffice's own reading of it
// (converted to ODT) holds the comments as annotations and the suggestions as tracked changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { exportDocxWithReview } from '../../../core/review/docx/export';
import { reviewedLetter } from '../../fixtures/review/reviewed-letter';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vanthu-review-lo-'));
  const out = await exportDocxWithReview(reviewedLetter(), { now: new Date('2024-03-06T00:00:00Z') });
  writeFileSync(join(dir, 'gop-y.docx'), out.bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** soffice with its own profile, so parallel runs by other engineers do not collide on a lock. */
function soffice(format: string): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', dir, join(dir, 'gop-y.docx')], { stdio: 'ignore', timeout: 120_000 });
}

describe('LibreOffice opens the reviewed DOCX', () => {
  it('converts it to PDF with the letter text and the suggested words', () => {
    soffice('pdf');
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'gop-y.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('(Cục An toàn thông tin)');
    expect(text).toContain('Nguyễn Duy Hưng');
  });

  it('reads the comments and tracked changes with their authors', async () => {
    soffice('odt');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'gop-y.odt')));
    const content = await zip.file('content.xml')!.async('string');
    expect(content.match(/<office:annotation[ >]/g)).toHaveLength(3);
    expect(content.match(/<text:insertion>/g)).toHaveLength(1);
    expect(content.match(/<text:deletion>/g)).toHaveLength(2);
    expect(content).toContain('<dc:creator>Trần Văn An</dc:creator>');
    expect(content).toContain('<dc:creator>Phạm Hà</dc:creator>');
    expect(content).toContain('Ghi rõ tên cơ quan gửi văn bản.');
  });
});
