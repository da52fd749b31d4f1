// DOCX test helpers: export a draft with our own writer, then edit its XML the way a clerk's Word
// session would (change a size, drop a bold, retype a line), and check the result.
import JSZip from 'jszip';
import { exportDocx } from '../../../core/docx';
import type { Letter } from '../../../core/letter';
import { checkDocx } from '../../../core/check';
import type { Finding } from '../../../core/check';

export const NOW = new Date('2022-04-25T00:00:00Z');

export async function exported(letter: Letter, profile: 'default' | 'government' = 'default'): Promise<Uint8Array> {
  return (await exportDocx(letter, { now: NOW, profile })).bytes;
}

export async function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`no part ${part}`);
  const next = edit(xml);
  if (next === xml) throw new Error(`edit of ${part} changed nothing`);
  zip.file(part, next);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Applies `edit` to the XML of the first <w:p> whose text contains `containing`. */
export function inParagraph(containing: string, edit: (p: string) => string): (xml: string) => string {
  return (xml) => {
    const paragraphs = xml.match(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g) ?? [];
    const target = paragraphs.find((p) => p.replace(/<[^>]+>/g, '').includes(containing));
    if (!target) throw new Error(`no paragraph with ${containing}`);
    return xml.replace(target, edit(target));
  };
}

export async function docxFindings(bytes: Uint8Array): Promise<Finding[]> {
  const r = await checkDocx(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
