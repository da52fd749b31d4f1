// Bytes of a text file → a string. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
// such; anything else that is not valid UTF-8 is read as Windows-1252, which is how files saved by
// Notepad in the TCVN3/VNI era are laid out (the legacy-font detector then takes over). Binary data
// is refused with a Vietnamese message instead of being imported as nonsense.
import { err, ok } from '../result';
import type { Result } from '../result';
import { decodeCp1252 } from './cp1252';

export type ByteCharset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedBytes {
  text: string;
  charset: ByteCharset;
}

function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let controls = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) controls += 1;
  }
  return controls / sample.length > 0.02;
}

export function decodeTextBytes(bytes: Uint8Array): Result<DecodedBytes, string> {
  let decoded: DecodedBytes;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  } else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), charset: 'utf-8' };
    } catch {
      decoded = { text: decodeCp1252(bytes), charset: 'windows-1252' };
    }
  }
  if (looksBinary(decoded.text)) {
    return err('Tệp có dữ liệu nhị phân (không phải văn bản): hãy mở bằng Word và lưu thành .docx hoặc .txt rồi nhập lại.');
  }
  return ok(decoded);
}
