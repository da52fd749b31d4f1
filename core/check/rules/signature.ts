// Signature block (ô 7a/7b): authority markers, the signer's own position, and the name. The
// markers must fit the signer (KT. with a deputy's title, TL./TUQ. with a unit head, TM. only for a
// collective body) — Điều 13 and Phụ lục I, mục II.7.b.
import type { Letter } from '../../letter/types';
import { agencyBase, isCollective } from '../agency';
import { indexBody } from '../context';
import type { IndexedBlock } from '../context';
import { updateText } from '../paths';
import { quote, titleCase, upper } from '../text';
import type { Hit, LetterRule } from '../types';

const CITE_AUTHORITY = 'Điều 13; Phụ lục I, mục II.7.b';
const CITE_FORM = 'Phụ lục I, mục II.7.đ';
type Marker = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';
/** "KT. ", "KT ", "K.T. ", "K/T ", "kt." — any way a clerk types a marker, at the start of a line. */
const MARKER = /^(T[./]?M|K[./]?T|T[./]?L|T\.?U\.?Q|Q)(?:\s*\.\s*|\s+)(?=\S)/u;

export function markerOf(line: string | null): Marker | null {
  if (line === null) return null;
  const m = MARKER.exec(upper(line.trim()));
  return m ? (m[1]?.replace(/[./]/g, '') as Marker) : null;
}

/** The position named after the marker: "KT. CHỦ TỊCH" → "CHỦ TỊCH". */
const afterMarker = (line: string | null): string => upper((line ?? '').trim()).replace(MARKER, '').replace(/\s+/g, ' ').trim();

/** "kt chủ tịch" → "KT. CHỦ TỊCH". */
export function normalizeAuthorityLine(line: string): string {
  const u = upper(line.replace(/[ \t]+/g, ' ').trim());
  const marker = markerOf(u);
  return marker ? `${marker}. ${u.replace(MARKER, '')}` : u;
}

const isDeputy = (title: string): boolean => /^(PHÓ\s|THỨ TRƯỞNG\b)/u.test(upper(title.trim()));
const isUnitHead = (title: string): boolean => /(CHÁNH|TRƯỞNG|GIÁM ĐỐC)/u.test(upper(title));

export const signatureForm: LetterRule = {
  id: 'signature-form',
  title: 'Dòng quyền hạn, chức vụ người ký',
  cite: CITE_FORM,
  severity: 'error',
  check: (letter) => {
    const s = letter.signature;
    const hits: Hit[] = [];
    const fields: Array<['authority' | 'delegation' | 'title', string | null, string]> = [
      ['authority', s.authority, 'Dòng thay mặt (TM.)'],
      ['delegation', s.delegation, 'Dòng KT./TL./TUQ./Q.'],
      ['title', s.title, 'Chức vụ người ký'],
    ];
    for (const [field, line, label] of fields) {
      if (line === null || line.trim() === '') continue;
      const marker = markerOf(line);
      if (field === 'authority' && marker !== 'TM') {
        hits.push({ path: 'signature.authority', message: `${label} ${quote(line)} phải bắt đầu bằng “TM.”${marker ? `; “${marker}.” thuộc dòng dưới` : ''}.`, ...(marker === null || s.delegation === null ? { fix: marker ? `Chuyển “${marker}.” xuống dòng dưới` : 'Thêm “TM.” ở đầu dòng' } : {}) });
        continue;
      }
      if (field === 'delegation' && (marker === null || marker === 'TM')) {
        hits.push({ path: 'signature.delegation', message: marker === 'TM' ? `${label} ${quote(line)} là dòng “TM.”: phải đặt ở dòng thay mặt.` : `${label} ${quote(line)} không có chữ viết tắt quyền hạn (KT., TL., TUQ., Q.).`, ...(marker === 'TM' && s.authority === null ? { fix: 'Chuyển lên dòng thay mặt (TM.)' } : {}) });
        continue;
      }
      // "TL. BỘ TRƯỞNG" / "Q. VỤ TRƯỞNG VỤ …": the acting head of a unit signs by order (or authorisation);
      // "Q." is then part of the signer's own position, under the marker line.
      const actingUnderOrder = marker === 'Q' && ['TL', 'TUQ'].includes(markerOf(s.delegation) ?? '');
      if (field === 'title' && marker !== null && !actingUnderOrder) {
        hits.push({ path: 'signature.title', message: `${label} ${quote(line)} chứa chữ viết tắt quyền hạn “${marker}.”: đặt nó ở dòng quyền hạn, chức vụ chỉ ghi chức vụ của người ký.` });
        continue;
      }
      const normalized = normalizeAuthorityLine(line);
      if (normalized !== line) {
        hits.push({ path: `signature.${field}`, message: `${label} ${quote(line)} phải viết in hoa, chữ viết tắt quyền hạn có dấu chấm và một dấu cách (ví dụ “KT. CHỦ TỊCH”).`, fix: `Sửa thành “${normalized}”` });
      }
    }
    return hits;
  },
  fix: (letter, path) => {
    const s = letter.signature;
    if (path === 'signature.authority' && s.authority !== null) {
      const marker = markerOf(s.authority);
      if (marker === null) return { ...letter, signature: { ...s, authority: `TM. ${normalizeAuthorityLine(s.authority)}` } };
      if (marker !== 'TM' && s.delegation === null) return { ...letter, signature: { ...s, authority: null, delegation: normalizeAuthorityLine(s.authority) } };
    }
    if (path === 'signature.delegation' && s.delegation !== null && markerOf(s.delegation) === 'TM') {
      return s.authority === null ? { ...letter, signature: { ...s, authority: normalizeAuthorityLine(s.delegation), delegation: null } } : letter;
    }
    return updateText(letter, path, (line) => (markerOf(line) === 'TM' || path !== 'signature.authority' ? normalizeAuthorityLine(line) : line));
  },
};

/** The agency is named and works under one head (a Sở, a Bộ…), so it signs without TM. */
const knownNonCollective = (letter: Letter): boolean => letter.agency.name.trim() !== '' && !isCollective(letter.agency);

export const signatureAuthority: LetterRule = {
  id: 'signature-authority',
  title: 'Quyền hạn ký phù hợp người ký',
  cite: CITE_AUTHORITY,
  severity: 'error',
  check: (letter) => {
    const s = letter.signature;
    const title = upper(s.title.trim());
    const marker = markerOf(s.delegation);
    const head = afterMarker(s.delegation);
    const hits: Hit[] = [];
    // "Q. BỘ TRƯỞNG" over the name: the acting head signs in the head's own place, and the "Q." line is
    // the whole of the position (Phụ lục I §II.7); no title line follows it.
    if (title === '' && marker !== 'Q') {
      hits.push({ path: 'signature.title', message: `Thiếu chức vụ của người ký${marker === 'KT' ? ` dưới dòng “KT. ${head}”: cấp phó ký thay phải ghi chức vụ của mình (ví dụ “PHÓ ${head}”)` : ''}.`, ...(marker === 'KT' && head ? { fix: `Thêm chức vụ “PHÓ ${head}”` } : {}) });
    } else if (marker === 'KT' && title === head) {
      hits.push({ path: 'signature.delegation', message: `“KT. ${head}” dùng khi cấp phó ký thay, nhưng người ký là chính ${head}: bỏ dòng “KT.”.`, fix: 'Bỏ dòng “KT.”' });
    } else if (marker === 'KT' && !isDeputy(title)) {
      hits.push({ path: 'signature.title', severity: 'warning', message: `Ký thay (KT.) thì chức vụ người ký là cấp phó (ví dụ “PHÓ ${head}”), đang ghi ${quote(s.title)}.` });
    } else if ((marker === 'TL' || marker === 'TUQ') && (title === head || title.endsWith(` ${head}`) || !isUnitHead(title))) {
      hits.push({ path: 'signature.delegation', severity: isUnitHead(title) && title !== head ? 'warning' : 'error', message: `“${marker}. ${head}” là thừa ${marker === 'TL' ? 'lệnh' : 'ủy quyền'} người đứng đầu: người ký là người đứng đầu đơn vị (Chánh Văn phòng, Giám đốc Sở…), không phải ${quote(s.title)}; cấp phó của ${head} ký “KT.”.` });
    } else if (marker === null && isDeputy(title) && /^PHÓ\s/u.test(title)) {
      hits.push({ path: 'signature.delegation', message: `Người ký là ${quote(s.title)} nhưng thiếu dòng “KT. ${title.replace(/^PHÓ\s+/u, '')}”: cấp phó ký thay cấp trưởng.`, fix: `Thêm dòng “KT. ${title.replace(/^PHÓ\s+/u, '')}”` });
    }
    // With the agency still empty (a letter that lost its header) there is nothing to judge TM. against.
    if (s.authority !== null && markerOf(s.authority) === 'TM' && knownNonCollective(letter)) {
      hits.push({ path: 'signature.authority', message: `“TM.” chỉ dùng khi ký thay mặt tập thể; ${quote(agencyBase(letter.agency))} làm việc theo chế độ thủ trưởng.`, fix: 'Bỏ dòng “TM.”' });
    }
    return hits;
  },
  fix: (letter, path) => {
    const s = letter.signature;
    const head = afterMarker(s.delegation);
    const marker = markerOf(s.delegation);
    const title = upper(s.title.trim());
    if (path === 'signature.title' && title === '' && marker === 'KT' && head) return { ...letter, signature: { ...s, title: `PHÓ ${head}` } };
    if (path === 'signature.delegation' && marker === 'KT' && title === head) return { ...letter, signature: { ...s, delegation: null } };
    if (path === 'signature.delegation' && marker === null && /^PHÓ\s/u.test(title)) return { ...letter, signature: { ...s, delegation: `KT. ${title.replace(/^PHÓ\s+/u, '')}` } };
    if (path === 'signature.authority' && knownNonCollective(letter)) return { ...letter, signature: { ...s, authority: null } };
    return letter;
  },
};

/** "Chủ tịch UBND tỉnh yêu cầu": the Chairman speaks, so no TM. */
const CHAIRMAN_VOICE = /Chủ tịch\s+(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+\p{Lu}\p{Ll}*){0,3}\s+(?:yêu cầu|giao|đề nghị|chỉ đạo|có ý kiến|thống nhất|đồng ý|trân trọng|thông báo|nhận được)/iu;
/** "UBND tỉnh giao", "Ủy ban nhân dân tỉnh đề nghị": the committee speaks, so TM. ỦY BAN NHÂN DÂN. */
const COLLECTIVE_VOICE = /(?<!Chủ tịch\s+)(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+\p{Lu}\p{Ll}*){0,3}\s+(?:yêu cầu|giao|đề nghị|chỉ đạo|có ý kiến|thống nhất|đồng ý|trân trọng|thông báo|nhận được)/iu;

interface VoiceAt {
  path: string;
  phrase: string;
}

/** The first block where the body speaks as the Chairman, and the first where it speaks as the committee. */
function findVoices(blocks: readonly IndexedBlock[]): { chairman: VoiceAt | null; collective: VoiceAt | null } {
  let chairman: VoiceAt | null = null;
  let collective: VoiceAt | null = null;
  for (const b of blocks) {
    if (!chairman) {
      const m = CHAIRMAN_VOICE.exec(b.text);
      if (m) chairman = { path: b.path, phrase: m[0] };
    }
    if (!collective) {
      const m = COLLECTIVE_VOICE.exec(b.text);
      if (m) collective = { path: b.path, phrase: m[0] };
    }
    if (chairman && collective) break;
  }
  return { chairman, collective };
}

/**
 * Whether the committee speaks as a collective body: the agency says so, or, when the letter lost its
 * header (the agency is still empty), the body's own "Ủy ban nhân dân tỉnh đề nghị" does.
 */
function speaksAsCollective(letter: Letter, collective: VoiceAt | null): boolean {
  return collective !== null && (isCollective(letter.agency) || letter.agency.name.trim() === '');
}

/** The TM. line for the committee: its own name, or the Decree's "ỦY BAN NHÂN DÂN" while the agency is empty. */
const tmLine = (letter: Letter): string => `TM. ${agencyBase(letter.agency) || 'ỦY BAN NHÂN DÂN'}`;

export const signatureVoice: LetterRule = {
  id: 'signature-voice',
  title: 'Chủ thể trong nội dung khớp dòng ký',
  cite: 'Phụ lục I, mục II.7.b',
  severity: 'warning',
  check: (letter, ctx) => {
    const { chairman, collective } = findVoices(ctx.body.blocks);
    const hasTm = markerOf(letter.signature.authority) === 'TM';
    if (chairman && collective) {
      const odd = hasTm ? chairman : collective;
      return [{ path: odd.path, message: `Nội dung lẫn hai chủ thể: ${quote(chairman.phrase)} (Chủ tịch) và ${quote(collective.phrase)} (tập thể UBND). Thống nhất một chủ thể cho khớp dòng ký${hasTm ? ' “TM.”' : ' không có “TM.”'}.` }];
    }
    if (collective && !hasTm && speaksAsCollective(letter, collective)) {
      return [{ path: 'signature.authority', message: `Nội dung viết ${quote(collective.phrase)} (tập thể) nhưng dòng ký không có “${tmLine(letter)}”.`, fix: `Thêm dòng “${tmLine(letter)}”` }];
    }
    if (chairman && hasTm) {
      return [{ path: 'signature.authority', message: `Nội dung viết ${quote(chairman.phrase)} (Chủ tịch) nhưng dòng ký có ${quote(letter.signature.authority ?? '')}: văn bản của Chủ tịch ký “CHỦ TỊCH” hoặc “KT. CHỦ TỊCH”, không có “TM.”.`, fix: 'Bỏ dòng “TM.”' }];
    }
    return [];
  },
  fix: (letter) => {
    const hasTm = markerOf(letter.signature.authority) === 'TM';
    const { chairman, collective } = findVoices(indexBody(letter.body).blocks);
    if (collective && !chairman && !hasTm && speaksAsCollective(letter, collective)) return { ...letter, signature: { ...letter.signature, authority: tmLine(letter) } };
    if (chairman && !collective && hasTm) return { ...letter, signature: { ...letter.signature, authority: null } };
    return letter;
  },
};

const HONORIFIC = /^(?:ông|bà|đồng chí|đ\/c|(?:p?gs|ts|ths|tskh|ks|bs|ls|cn)\.?(?:\s*[-,]?\s*(?:ts|ths|tskh)\.?)?)\s+/iu;

export const signerName: LetterRule = {
  id: 'signer-name',
  title: 'Họ tên người ký',
  cite: 'Phụ lục I, mục II.7.c; Phụ lục II, mục II.1',
  severity: 'error',
  check: (letter) => {
    const name = letter.signature.signer;
    if (name.trim() === '') return [{ path: 'signature.signer', severity: 'warning', message: 'Chưa có họ tên người ký.' }];
    const hits: Hit[] = [];
    const bare = name.replace(HONORIFIC, '');
    if (bare !== name) hits.push({ path: 'signature.signer', message: `Họ tên người ký ${quote(name)} có danh xưng hoặc học hàm, học vị phía trước: không ghi trước họ tên người ký.`, fix: `Sửa thành “${titleCase(bare)}”` });
    else if (titleCase(name) !== name) hits.push({ path: 'signature.signer', message: `Họ tên người ký ${quote(name)} phải viết hoa chữ cái đầu mỗi âm tiết, còn lại chữ thường (ví dụ “Nguyễn Văn A”).`, fix: `Sửa thành “${titleCase(name)}”` });
    return hits;
  },
  fix: (letter) => updateText(letter, 'signature.signer', (n) => titleCase(n.replace(HONORIFIC, ''))),
};

export const SIGNATURE_RULES = [signatureForm, signatureAuthority, signatureVoice, signerName];

