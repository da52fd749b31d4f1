// zod schema of the draft format v1: the trust boundary for every draft that enters the app
// (file open, IPC, CLI, e-office import). Messages are Vietnamese and name the field.
import { z } from 'zod';
import { ClauseRefSchema } from './extensions/clause-ref';
import { ReviewSchema, VersionEntrySchema } from '../review/schema';
import { ImportNoteSchema } from './extensions/import-notes';
import { ITEM_LEVELS, SECRECY_LEVELS, URGENCY_LEVELS } from './types';
import type { Block, Inline, Letter } from './types';

const str = (label: string) => z.string({ error: `${label} phải là chuỗi ký tự` });
const nullableStr = (label: string) => z.string({ error: `${label} phải là chuỗi ký tự hoặc null` }).nullable();
const strList = (label: string) => z.array(str(label), { error: `${label} phải là một danh sách` });

export const InlineSchema: z.ZodType<Inline, unknown> = z.object({
  text: str('nội dung'),
  bold: z.boolean({ error: 'bold phải là true hoặc false' }).default(false),
  italic: z.boolean({ error: 'italic phải là true hoặc false' }).default(false),
  underline: z.boolean({ error: 'underline phải là true hoặc false' }).default(false),
});

const content = z.array(InlineSchema, { error: 'content phải là danh sách đoạn chữ' });

export const BlockSchema: z.ZodType<Block, unknown> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('paragraph'),
        content,
        clause: ClauseRefSchema.optional(),
      }),
      z.object({
        kind: z.literal('item'),
        level: z.enum(ITEM_LEVELS, { error: `cấp mục phải là một trong: ${ITEM_LEVELS.join(', ')}` }),
        title: z.boolean({ error: 'title phải là true hoặc false' }).default(false),
        content,
        children: z.array(BlockSchema, { error: 'children phải là danh sách khối' }).default([]),
        clause: ClauseRefSchema.optional(),
      }),
    ],
    { error: 'kind phải là "paragraph" hoặc "item"' },
  ),
);

const dayOrNull = z
  .number({ error: 'ngày phải là số hoặc null' })
  .int({ error: 'ngày phải là số nguyên' })
  .min(1, { error: 'ngày phải từ 1 đến 31' })
  .max(31, { error: 'ngày phải từ 1 đến 31' })
  .nullable();
const monthOrNull = z
  .number({ error: 'tháng phải là số hoặc null' })
  .int({ error: 'tháng phải là số nguyên' })
  .min(1, { error: 'tháng phải từ 1 đến 12' })
  .max(12, { error: 'tháng phải từ 1 đến 12' })
  .nullable();
const year = z
  .number({ error: 'năm phải là số' })
  .int({ error: 'năm phải là số nguyên' })
  .min(1945, { error: 'năm phải từ 1945 đến 2200' })
  .max(2200, { error: 'năm phải từ 1945 đến 2200' });

const count = (label: string) =>
  z.number({ error: `${label} phải là số hoặc null` }).int({ error: `${label} phải là số nguyên` }).min(1, { error: `${label} phải ≥ 1` }).nullable();

export const LetterSchema: z.ZodType<Letter, unknown> = z.object({
  schemaVersion: z.literal(1, { error: 'schemaVersion phải là 1' }),
  type: z.literal('cong-van', { error: 'type phải là "cong-van"' }),
  agency: z.object(
    {
      parent: nullableStr('cơ quan chủ quản').default(null),
      // May be empty in a draft (an imported letter that lost its header): the checker flags it, the
      // importer never invents one.
      name: str('tên cơ quan'),
    },
    { error: 'agency phải là một đối tượng { parent, name }' },
  ),
  number: z
    .number({ error: 'số văn bản phải là số nguyên hoặc null' })
    .int({ error: 'số văn bản phải là số nguyên' })
    .min(1, { error: 'số văn bản phải ≥ 1' })
    .max(999999, { error: 'số văn bản quá lớn' })
    .nullable(),
  symbol: str('ký hiệu'),
  place: str('địa danh'),
  date: z.object({ day: dayOrNull, month: monthOrNull, year }, { error: 'date phải là một đối tượng { day, month, year }' }),
  urgency: z.enum(URGENCY_LEVELS, { error: `độ khẩn phải là null hoặc một trong: ${URGENCY_LEVELS.join(', ')}` }).nullable().default(null),
  secrecy: z.enum(SECRECY_LEVELS, { error: `độ mật phải là null hoặc một trong: ${SECRECY_LEVELS.join(', ')}` }).nullable().default(null),
  subject: str('trích yếu'),
  recipients: strList('nơi gửi (Kính gửi)').default([]),
  body: z.array(BlockSchema, { error: 'body phải là danh sách khối' }).default([]),
  distribution: strList('nơi nhận').default([]),
  archive: z
    .object(
      { units: strList('đơn vị lưu').default(['VT']), copies: count('số bản lưu').default(null) },
      { error: 'archive phải là một đối tượng { units, copies }' },
    )
    .default({ units: ['VT'], copies: null }),
  drafter: z
    .object(
      { initials: str('ký hiệu người soạn thảo').min(1, { error: 'ký hiệu người soạn thảo không được để trống' }), copies: count('số bản phát hành').default(null) },
      { error: 'drafter phải là null hoặc { initials, copies }' },
    )
    .nullable()
    .default(null),
  signature: z.object(
    {
      authority: nullableStr('dòng TM.').default(null),
      delegation: nullableStr('dòng KT./TL./TUQ./Q.').default(null),
      title: str('chức vụ người ký'),
      signer: str('họ tên người ký'),
    },
    { error: 'signature phải là một đối tượng { authority, delegation, title, signer }' },
  ),
  review: ReviewSchema.optional(),
  versions: z.array(VersionEntrySchema).optional(),
  importNotes: z.array(ImportNoteSchema).optional(),
}) as unknown as z.ZodType<Letter, unknown>;
