// Legacy Vietnamese encodings (TCVN3, VNI) → Unicode NFC, and text-file bytes → string.
import type { DetectedEncoding } from './detect';

export { toUnicode } from './detect';
export type { DetectedEncoding, EncodingReport, TextEncoding, UnicodeText, UnmappedChar } from './detect';
export { decodeTextBytes } from './bytes';
export type { ByteCharset, DecodedBytes } from './bytes';
export { decodeTcvn3, encodeTcvn3 } from './tcvn3';
export { decodeVni, encodeVni } from './vni';
export { hasToneMark, isVietnameseSyllable } from './syllable';

/** Vietnamese name of an encoding, for summaries shown to the clerk. */
export function encodingLabel(encoding: DetectedEncoding): string {
  switch (encoding) {
    case 'unicode':
      return 'Unicode';
    case 'tcvn3':
      return 'TCVN3 (ABC, phông .VnTime)';
    case 'vni':
      return 'VNI (phông VNI-Times)';
    case 'mixed':
      return 'hỗn hợp (Unicode và mã cũ)';
  }
}
