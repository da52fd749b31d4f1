// Page setup, fonts, page numbers and document properties, for every fixture draft.
import { describe, expect, it } from 'vitest';
import { child, descendants, wAttr } from '../../../core/ooxml/xml';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { agencyOneLine, normalizeSubject } from '../../../core/format';
import { DEFAULT_PROFILE, GOVERNMENT_PROFILE, mmToTwips } from '../../../core/layout';
import { draftNames, loadDraft } from './fixtures';
import { exportAndRead, exportFixture, runView } from './read-docx';

const root = (x: unknown) => x as XmlElement;

describe.each(draftNames())('%s: page, fonts, page numbers, properties', (name) => {
  it('is A4 portrait with the default profile margins and a different first page', async () => {
    const out = await exportFixture(name, loadDraft);
    const sect = child(out.body, 'sectPr');
    expect(sect).not.toBeNull();
    const pgSz = child(sect as XmlElement, 'pgSz');
    expect([wAttr(pgSz, 'w'), wAttr(pgSz, 'h')]).toEqual(['11906', '16838']);
    expect(wAttr(pgSz, 'orient') ?? 'portrait').toBe('portrait');
    const m = child(sect as XmlElement, 'pgMar');
    const mm = DEFAULT_PROFILE.margins;
    expect([wAttr(m, 'top'), wAttr(m, 'bottom'), wAttr(m, 'left'), wAttr(m, 'right')].map(Number)).toEqual([mm.topMm, mm.bottomMm, mm.leftMm, mm.rightMm].map(mmToTwips));
    expect([wAttr(m, 'top'), wAttr(m, 'bottom'), wAttr(m, 'left')]).toEqual(['1134', '1134', '1701']);
    expect(child(sect as XmlElement, 'titlePg')).not.toBeNull();
  });

  it('names Times New Roman in all four font slots of every run, in the body and the headers', async () => {
    const out = await exportFixture(name, loadDraft);
    const parts = out.pkg.partNames.filter((p) => /^word\/(document|header\d+)\.xml$/.test(p));
    let runs = 0;
    for (const part of parts) {
      for (const r of descendants(root(out.pkg.xml(part)), 'r')) {
        runs += 1;
        expect(runView(r).fonts).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'Times New Roman' });
      }
    }
    expect(runs).toBeGreaterThan(20);
  });

  it('has a centred 14 pt PAGE field in the default header and nothing in the first-page header', async () => {
    const out = await exportFixture(name, loadDraft);
    const sect = child(out.body, 'sectPr') as XmlElement;
    const refs = descendants(sect, 'headerReference');
    const rels = out.pkg.text('word/_rels/document.xml.rels') ?? '';
    const target = (type: string) => {
      const id = wAttr(refs.find((r) => wAttr(r, 'type') === type), 'id') ?? refs.find((r) => wAttr(r, 'type') === type)?.getAttribute('r:id');
      const m = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return `word/${m?.[1] ?? m?.[2]}`;
    };
    const first = root(out.pkg.xml(target('first')));
    expect(descendants(first, 't').map((t) => t.textContent).join('')).toBe('');
    expect(descendants(first, 'instrText')).toHaveLength(0);
    const def = root(out.pkg.xml(target('default')));
    const instr = descendants(def, 'instrText').map((t) => t.textContent?.trim());
    expect(instr).toContain('PAGE');
    const p = descendants(def, 'p')[0] as XmlElement;
    expect(wAttr(child(child(p, 'pPr') as XmlElement, 'jc'), 'val')).toBe('center');
    for (const r of descendants(def, 'r')) expect(runView(r).size).toBe(28);
  });

  it('sets title = subject and author = issuing agency', async () => {
    const letter = loadDraft(name);
    const out = await exportAndRead(letter);
    const core = out.pkg.text('docProps/core.xml') ?? '';
    const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
    const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1];
    expect(title).toBe(normalizeSubject(letter.subject));
    expect(creator).toBe(agencyOneLine(letter.agency));
    expect(core).toContain('2025-03-05T08:00:00Z');
  });

  it('uses no Word numbering: labels are literal text', async () => {
    const out = await exportFixture(name, loadDraft);
    expect(descendants(out.body, 'numPr')).toHaveLength(0);
  });
});

describe('government profile', () => {
  it('uses the Decree\'s own margins 25/20/35/20 mm and tables that fit its 155 mm text width', async () => {
    const out = await exportAndRead(loadDraft('seed-000'), { profile: 'government' });
    const m = child(child(out.body, 'sectPr') as XmlElement, 'pgMar');
    expect([wAttr(m, 'top'), wAttr(m, 'bottom'), wAttr(m, 'left'), wAttr(m, 'right')]).toEqual(['1417', '1134', '1984', '1134']);
    const text = mmToTwips(210) - mmToTwips(35) - mmToTwips(20);
    for (const tbl of out.tables) {
      expect(Number(wAttr(child(child(tbl, 'tblPr') as XmlElement, 'tblW'), 'w'))).toBeLessThanOrEqual(text);
    }
    expect(GOVERNMENT_PROFILE.sizes).toEqual(DEFAULT_PROFILE.sizes);
    expect(out.warnings).toEqual([]);
  });
});
