// The clause library file (templates/clauses/*.json): zod schema = the trust boundary for every
// library that is loaded (shipped, from a shared folder, imported by a maintainer).
import { z } from 'zod';
import { BlockSchema } from '../letter/schema';
import { RECIPIENT_ROLES } from './roles';
import { VariableDefSchema } from './variables';

export const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const id = (what: string) => z.string().regex(ID, { error: `${what} chỉ gồm chữ thường không dấu, số, "." và "-" (vd. attt.truc-24-7)` });
const roles = z.array(z.enum(RECIPIENT_ROLES, { error: `vai trò nơi nhận phải là một trong: ${RECIPIENT_ROLES.join(', ')}` }));

export const ConditionSchema = z.object({
  /** Offered only when the recipients include at least one of these roles. */
  recipientRoles: roles.min(1, { error: 'điều kiện cần ít nhất một vai trò nơi nhận' }),
});
export type ClauseCondition = z.infer<typeof ConditionSchema>;

export const HistoryEntrySchema = z.object({
  version: z.number().int().min(1, { error: 'phiên bản phải là số nguyên ≥ 1' }),
  note: z.string().min(1, { error: 'ghi chú thay đổi không được để trống' }),
  /** ISO date of the change, when known. */
  date: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const ClauseSchema = z.object({
  id: id('mã điều khoản'),
  version: z.number({ error: 'version phải là số' }).int({ error: 'version phải là số nguyên' }).min(1, { error: 'version phải ≥ 1' }),
  /** What changed in this version, for the clerk who sees the "updated" mark. */
  changeNote: z.string().min(1, { error: 'changeNote (ghi chú thay đổi) không được để trống' }),
  title: z.string().min(1, { error: 'tiêu đề điều khoản không được để trống' }),
  category: id('mã nhóm'),
  /** The recipient role the clause addresses. */
  audience: z.enum(RECIPIENT_ROLES, { error: `audience phải là một trong: ${RECIPIENT_ROLES.join(', ')}` }),
  /** The text: Block trees of the draft format, with {{variables}}; the level says how it inserts. */
  body: z.array(BlockSchema).min(1, { error: 'nội dung điều khoản không được để trống' }),
  variables: z.array(VariableDefSchema).default([]),
  condition: ConditionSchema.optional(),
  keywords: z.array(z.string()).default([]),
  notes: z.string().default(''),
  /** Where the wording comes from (seed letters, a ministry's letter…). */
  source: z.string().optional(),
  /** Earlier versions, oldest first; every entry below `version`. */
  history: z.array(HistoryEntrySchema).default([]),
});
export type Clause = z.infer<typeof ClauseSchema>;
export type ClauseInput = z.input<typeof ClauseSchema>;

export const CategorySchema = z.object({ id: id('mã nhóm'), title: z.string().min(1, { error: 'tên nhóm không được để trống' }) });
export type Category = z.infer<typeof CategorySchema>;

export const LibrarySchema = z.object({
  $schema: z.string().optional(),
  kind: z.literal('clause-library', { error: 'kind phải là "clause-library"' }),
  schemaVersion: z.literal(1, { error: 'schemaVersion phải là 1' }),
  id: id('mã thư viện'),
  title: z.string().min(1, { error: 'tên thư viện không được để trống' }),
  description: z.string().default(''),
  categories: z.array(CategorySchema).default([]),
  /** Variables shared by every clause of the library (a clause's own definition wins). */
  variables: z.array(VariableDefSchema).default([]),
  clauses: z.array(ClauseSchema),
});
export type ClauseLibrary = z.infer<typeof LibrarySchema>;
