// Letter templates (templates/letters/*.json): a whole draft pre-filled from directory choices, template
// variables and library clauses. Clause nodes reference the library by id, so a template always
// takes the current clause version and the draft records which version it took.
import { z } from 'zod';
import { InlineSchema } from '../letter/schema';
import { ITEM_LEVELS, SECRECY_LEVELS, URGENCY_LEVELS } from '../letter/types';
import type { Inline, ItemLevel } from '../letter/types';
import { ConditionSchema, ID } from './model';
import type { ClauseCondition } from './model';
import { VariableDefSchema } from './variables';

const id = z.string().regex(ID, { error: 'mã chỉ gồm chữ thường không dấu, số, "." và "-"' });
export const INSERT_LEVELS = [...ITEM_LEVELS, 'paragraph'] as const;
export type InsertLevel = (typeof INSERT_LEVELS)[number];

export type TemplateNode =
  | { kind: 'clause'; id: string; level?: InsertLevel }
  | { kind: 'paragraph'; content: Inline[]; condition?: ClauseCondition }
  | { kind: 'item'; level: ItemLevel; title: boolean; content: Inline[]; children: TemplateNode[]; condition?: ClauseCondition };

export const TemplateNodeSchema: z.ZodType<TemplateNode, unknown> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('clause'), id, level: z.enum(INSERT_LEVELS).optional() }),
      z.object({ kind: z.literal('paragraph'), content: z.array(InlineSchema), condition: ConditionSchema.optional() }),
      z.object({
        kind: z.literal('item'),
        level: z.enum(ITEM_LEVELS),
        title: z.boolean().default(false),
        content: z.array(InlineSchema),
        children: z.array(TemplateNodeSchema).default([]),
        condition: ConditionSchema.optional(),
      }),
    ],
    { error: 'kind phải là "clause", "paragraph" hoặc "item"' },
  ),
);

export const TemplateSchema = z.object({
  $schema: z.string().optional(),
  kind: z.literal('letter-template', { error: 'kind phải là "letter-template"' }),
  schemaVersion: z.literal(1, { error: 'schemaVersion phải là 1' }),
  id,
  version: z.number().int().min(1),
  changeNote: z.string().default(''),
  title: z.string().min(1),
  description: z.string().default(''),
  /** Template-level variables (the occasion, the ministry's letter…), shared with the clauses by name. */
  variables: z.array(VariableDefSchema).default([]),
  /** Trích yếu without "V/v", with {{variables}}. */
  subject: z.string().min(1),
  urgency: z.enum(URGENCY_LEVELS).nullable().default(null),
  secrecy: z.enum(SECRECY_LEVELS).nullable().default(null),
  /** Directory ids chosen when the clerk does not choose. */
  defaults: z.object({
    agency: id.optional(),
    unit: z.string().optional(),
    recipients: z.array(id).default([]),
    distribution: z.array(id).default([]),
    signer: id.optional(),
  }),
  body: z.array(TemplateNodeSchema).min(1),
});
export type LetterTemplate = z.infer<typeof TemplateSchema>;
