// Reads a DOCX package (zip of XML parts) into parsed XML documents. Shared by the importer
// (issue 3), the DOCX checker (issue 6) and the review round trip (issue 7), so that each of them
// walks XML instead of re-implementing unzip and parsing. Pure: jszip + @xmldom/xmldom only.
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument } from '@xmldom/xmldom';
import { err, ok } from '../result';
import type { Result } from '../result';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxPackage {
  /** Every part name in the package, e.g. "word/document.xml". */
  partNames: string[];
  /** Parsed XML of a part, or null when the package has no such part or it is not XML. */
  xml(partName: string): XmlDocument | null;
  /** Raw text of a part. */
  text(partName: string): string | null;
}

/** Upper bound on the unpacked size we accept: a letter is kilobytes; a zip bomb is not a letter. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

export async function readDocxPackage(bytes: Uint8Array): Promise<Result<DocxPackage, string>> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return err('Tệp không phải DOCX: không có chữ ký gói ZIP (PK).');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return err('Tệp DOCX bị hỏng: không giải nén được.');
  }
  const texts = new Map<string, string>();
  let total = 0;
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  for (const name of names) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const file = zip.file(name);
    if (!file) continue;
    const content = await file.async('string');
    total += content.length;
    if (total > MAX_UNPACKED_BYTES) return err('Tệp DOCX quá lớn sau khi giải nén (trên 64 MB): không phải một công văn.');
    texts.set(name, content);
  }
  if (!texts.has('word/document.xml')) return err('Tệp DOCX thiếu phần nội dung chính (word/document.xml).');
  const parsed = new Map<string, XmlDocument | null>();
  const pkg: DocxPackage = {
    partNames: names,
    text: (name) => texts.get(name) ?? null,
    xml: (name) => {
      if (parsed.has(name)) return parsed.get(name) ?? null;
      const source = texts.get(name);
      let doc: XmlDocument | null = null;
      if (source !== undefined) {
        try {
          doc = new DOMParser({ onError: () => undefined }).parseFromString(source, 'application/xml');
        } catch {
          doc = null;
        }
      }
      parsed.set(name, doc);
      return doc;
    },
  };
  if (!pkg.xml('word/document.xml')) return err('Tệp DOCX có word/document.xml không phải XML hợp lệ.');
  return ok(pkg);
}
