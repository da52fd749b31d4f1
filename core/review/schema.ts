// Review data stored inside a draft (optional fields of the format): comments, suggested changes,
// leaders' opinions, and recorded versions. Owned by the review feature (issue 7).
import { z } from 'zod';

export const ReviewAuthorSchema = z.object({
  name: z.string().min(1, { error: 'tên người góp ý không được để trống' }),
  title: z.string().default(''),
});
export type ReviewAuthor = z.infer<typeof ReviewAuthorSchema>;

/**
 * Where a comment or suggestion points: a letter part by its field path ("subject", "recipients.1",
 * "body.2.content", "body.2.children.0.content"), optionally narrowed to a character range of that
 * part's plain text. `quote` keeps the text that was selected, so the anchor can be found again after edits.
 */
export const AnchorSchema = z.object({
  path: z.string().min(1),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  quote: z.string().optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

const isoDate = z.string().min(1);

export const ReplySchema = z.object({
  id: z.string().min(1),
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  text: z.string(),
});

export const CommentSchema = z.object({
  id: z.string().min(1),
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  anchor: AnchorSchema,
  text: z.string(),
  replies: z.array(ReplySchema).default([]),
  resolved: z.boolean().default(false),
});
export type ReviewComment = z.infer<typeof CommentSchema>;

export const SuggestionSchema = z.object({
  id: z.string().min(1),
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  kind: z.enum(['insert', 'delete']),
  /** For insert: start = end = the insertion offset. For delete: the deleted range. */
  anchor: AnchorSchema,
  text: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const OPINION_VERDICTS = ['dong-y', 'khong-dong-y', 'y-kien-khac'] as const;
export const OpinionSchema = z.object({
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  verdict: z.enum(OPINION_VERDICTS),
  text: z.string().default(''),
});
export type Opinion = z.infer<typeof OpinionSchema>;

export const ReviewSchema = z.object({
  comments: z.array(CommentSchema).default([]),
  suggestions: z.array(SuggestionSchema).default([]),
  opinions: z.array(OpinionSchema).default([]),
});
export type Review = z.infer<typeof ReviewSchema>;

/** A recorded version: the letter's content at a save (without its own review/versions). */
export const VersionEntrySchema = z.object({
  id: z.string().min(1),
  createdAt: isoDate,
  author: ReviewAuthorSchema,
  note: z.string().default(''),
  /** The letter as it was (validated again by restoreLetter when restored). */
  snapshot: z.record(z.string(), z.unknown()),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;
