// Reading an exported DOCX back (XML text of its parts) and rendering it with LibreOffice for the
// side-by-side screenshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

export async function docxPart(file: string, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`${part} missing in ${file}`);
  return xml;
}

/** The text of each paragraph of document.xml, in order. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** DOCX → PNG of its first pages through soffice + pdftoppm. Returns the PNG paths. */
export function renderDocx(file: string, outDir: string, prefix: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'vt-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 });
  const pdf = path.join(outDir, `${path.basename(file, '.docx')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '3', pdf, path.join(outDir, prefix)], { timeout: 60_000 });
  return [1, 2, 3].map((n) => path.join(outDir, `${prefix}-${n}.png`)).filter(existsSync);
}
