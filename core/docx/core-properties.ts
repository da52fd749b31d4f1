// docProps/core.xml written by us rather than by docx, whose timestamps are always "now": the title
// is the subject, the author the issuing agency, and both dates come from the caller's clock, so a
// fixed clock gives byte-identical output.

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** W3CDTF without milliseconds, as Word writes it. */
const w3cdtf = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

export interface CoreProperties {
  title: string;
  creator: string;
  now: Date;
}

export function corePropertiesXml(p: CoreProperties): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(p.title)}</dc:title>`,
    `<dc:creator>${escapeXml(p.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.now)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.now)}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
