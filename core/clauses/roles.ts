// The recipient roles a clause can address, and how a letter's "Kính gửi" list reveals them
// (for conditions such as "offer this clause only when telecom providers are among the recipients").
import { foldVietnamese } from '../search/normalize';

export const RECIPIENT_ROLES = ['tat-ca', 'so-tttt', 'vien-thong', 'ngan-hang', 'cong-an-quan-su'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const ROLE_LABELS: Record<RecipientRole, string> = {
  'tat-ca': 'Tất cả cơ quan, đơn vị',
  'so-tttt': 'Sở Thông tin và Truyền thông (cơ quan chuyên trách ATTT)',
  'vien-thong': 'Doanh nghiệp viễn thông, Internet',
  'ngan-hang': 'Ngân hàng, tổ chức tín dụng',
  'cong-an-quan-su': 'Công an, Quân sự',
};

/** Folded keywords that give a recipient line away; checked in order, first match wins. */
const CUES: ReadonlyArray<[RecipientRole, RegExp]> = [
  ['vien-thong', /\b(vien thong|internet|nha mang|dich vu mang)\b/],
  ['ngan-hang', /\b(ngan hang|to chuc tin dung|trung gian thanh toan)\b/],
  ['cong-an-quan-su', /\b(cong an|quan su|bien phong|quan khu)\b/],
  ['so-tttt', /\b(so thong tin va truyen thong|so tt ?& ?tt|so tttt|so khoa hoc va cong nghe)\b/],
];

/** The role a recipient line addresses; "tat-ca" when nothing more specific is recognised. */
export function roleOfRecipient(line: string): RecipientRole {
  const folded = foldVietnamese(line);
  for (const [role, cue] of CUES) if (cue.test(folded)) return role;
  return 'tat-ca';
}

/** Every role among a letter's recipients; "tat-ca" is always present (every letter addresses agencies). */
export function rolesOfRecipients(recipients: readonly string[], known?: ReadonlyMap<string, RecipientRole>): Set<RecipientRole> {
  const roles = new Set<RecipientRole>(['tat-ca']);
  for (const r of recipients) roles.add(known?.get(r.trim()) ?? roleOfRecipient(r));
  return roles;
}
