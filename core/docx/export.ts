// Public entry of the DOCX writer: Letter → bytes of a Decree 30 công văn, plus Vietnamese warnings
// for what was repaired on the way (dropped characters, a missing "./.", a dateline set at 13 pt).
// Pure: runs in Node (CLI, tests) and in the renderer (browser) alike.
import { Packer } from 'docx';
import JSZip from 'jszip';
import type { Letter } from '../letter/types';
import { agencyOneLine, normalizeSubject } from '../format';
import { PROFILES, resolveLayout } from '../layout';
import type { LayoutProfile, ProfileName } from '../layout';
import { cleanLetter } from './clean-letter';
import type { ExportContext } from './context';
import { corePropertiesXml } from './core-properties';
import { buildDocument } from './document';
import { stampZipEntries } from './package-zip';

export interface ExportOptions {
  /** A named profile or a profile value; default "default" (nd30.md §12). */
  profile?: ProfileName | LayoutProfile;
  /** The clock for document properties and zip entry dates; fix it for reproducible output. */
  now?: Date;
}

export interface ExportedDocx {
  bytes: Uint8Array;
  /** Vietnamese, each naming the field it concerns. */
  warnings: string[];
}

export function exportContext(profile: ProfileName | LayoutProfile = 'default'): ExportContext {
  const p = typeof profile === 'string' ? PROFILES[profile] : profile;
  return { layout: resolveLayout(p), sizes: p.sizes, warnings: [] };
}

export async function exportDocx(input: Letter, options: ExportOptions = {}): Promise<ExportedDocx> {
  const now = options.now ?? new Date();
  const { letter, warnings } = cleanLetter(input);
  const ctx = exportContext(options.profile);
  ctx.warnings.push(...warnings);
  const doc = buildDocument(ctx, letter);
  const core = corePropertiesXml({ title: normalizeSubject(letter.subject), creator: agencyOneLine(letter.agency), now });
  const packed = await Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: core }]);
  const bytes = stampZipEntries(packed, now);
  return { bytes, warnings: ctx.warnings };
}

/** The main document part as pretty-printed XML, for golden files and debugging. */
export async function documentXml(input: Letter, options: ExportOptions = {}): Promise<string> {
  const { letter } = cleanLetter(input);
  const ctx = exportContext(options.profile);
  const doc = buildDocument(ctx, letter);
  const packed = await Packer.pack(doc, 'uint8array', true);
  const zip = await JSZip.loadAsync(packed);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}
