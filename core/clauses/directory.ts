// The agency directory (templates/directory/*.json): issuing agencies with their abbreviation and
// drafting units, the usual recipients with the role each addresses, Nơi nhận entries, and signing
// positions. Templates read it to fill Số/ký hiệu, Kính gửi, Nơi nhận and the signature block.
// Names of real officials are never defaults: a signer's name is filled per province; shipped
// entries that carry a name are marked `example: true`.
import { z } from 'zod';
import { ID } from './model';
import { RECIPIENT_ROLES } from './roles';

const id = z.string().regex(ID, { error: 'mã chỉ gồm chữ thường không dấu, số, "." và "-"' });
const abbreviation = z.string().regex(/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u, { error: 'chữ viết tắt phải là chữ in hoa không dấu cách (vd. KGVX)' });

export const UnitSchema = z.object({
  /** Drafting-unit abbreviation in the symbol and the "Lưu:" line: KGVX, THCB, CNTT… */
  code: abbreviation,
  name: z.string().min(1),
});

export const AgencySchema = z.object({
  id,
  /** As printed, "\n" where the line breaks: "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN". */
  name: z.string().min(1, { error: 'tên cơ quan không được để trống' }),
  parent: z.string().nullable().default(null),
  /** The issuer part of the symbol: "UBND" in "1003/UBND-KGVX". */
  abbreviation,
  place: z.string().min(1, { error: 'địa danh không được để trống' }),
  /** How the body refers to the agency when it speaks collectively: "UBND tỉnh". */
  voice: z.string().min(1),
  units: z.array(UnitSchema).min(1, { error: 'cần ít nhất một đơn vị soạn thảo' }),
  example: z.boolean().default(false),
});
export type DirectoryAgency = z.infer<typeof AgencySchema>;

export const RecipientSchema = z.object({
  id,
  /** As written after "- " in Kính gửi, without ";" or ".". */
  name: z.string().min(1).refine((n) => !/[;.]$/.test(n.trim()) && !n.trim().startsWith('- '), { error: 'không ghi "- " ở đầu hay ";", "." ở cuối' }),
  role: z.enum(RECIPIENT_ROLES),
});
export type DirectoryRecipient = z.infer<typeof RecipientSchema>;

export const DistributionSchema = z.object({
  id,
  /** As written after "- " in Nơi nhận, without ";". */
  text: z.string().min(1).refine((n) => !/;$/.test(n.trim()), { error: 'không ghi ";" ở cuối' }),
});

export const SignerSchema = z.object({
  id,
  /** What the clerk picks from: "Phó Chủ tịch ký thay, thay mặt UBND". */
  label: z.string().min(1),
  authority: z.string().nullable().default(null),
  delegation: z.string().nullable().default(null),
  title: z.string().min(1),
  /** Empty in shipped data: each province fills its own officials. */
  name: z.string().default(''),
  /**
   * Who speaks in the body for this signature: "UBND tỉnh" under "TM. ỦY BAN NHÂN DÂN",
   * "Chủ tịch UBND tỉnh" without it (Decree 30: the voice must match the authority line).
   */
  voice: z.string().min(1),
  example: z.boolean().default(false),
});
export type DirectorySigner = z.infer<typeof SignerSchema>;

export const DirectorySchema = z.object({
  $schema: z.string().optional(),
  kind: z.literal('agency-directory', { error: 'kind phải là "agency-directory"' }),
  schemaVersion: z.literal(1, { error: 'schemaVersion phải là 1' }),
  agencies: z.array(AgencySchema).min(1),
  recipients: z.array(RecipientSchema).default([]),
  distribution: z.array(DistributionSchema).default([]),
  signers: z.array(SignerSchema).default([]),
});
export type AgencyDirectory = z.infer<typeof DirectorySchema>;
