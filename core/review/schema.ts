// Review data stored inside a draft (optional fields of the format): comments, suggested changes,
// leaders' opinions, and recorded versions. Owned by the review feature (issue 7).
// Every field added after the first version is optional, so drafts written earlier still open.
import { z } from 'zod';

export const ReviewAuthorSchema = z.object({
  name: z.string().min(1, { error: 'tên người góp ý không được để trống' }),
  title: z.string().default(''),
});
export type ReviewAuthor = z.infer<typeof ReviewAuthorSchema>;

/**
 * Where a comment or suggestion points: a letter part by its field path ("subject", "recipients.1",
 * "body.2.content", "body.2.children.0.content", "signature.signer"), optionally narrowed to a
 * character range [start, end) of that part's plain text. Like a W3C TextQuoteSelector, `quote` keeps
 * the selected text and `prefix`/`suffix` a little text around it, so the anchor can be found again
 * after the drafter edits the letter (blocks inserted above, words changed before it).
 */
export const AnchorSchema = z.object({
  path: z.string().min(1, { error: 'đường dẫn phần văn bản không được để trống' }),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  quote: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

const isoDate = z.string().min(1, { error: 'thời điểm không được để trống' });

/** Who closed an item and when (a drafter resolving a comment, accepting or rejecting a suggestion). */
export const DecisionSchema = z.object({
  by: ReviewAuthorSchema,
  at: isoDate,
  /** True when the app closed it itself: the text it pointed at was removed by another accepted change. */
  auto: z.boolean().optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** Where a review item came from: made in the app, or read from a DOCX reviewed in Word. */
export const REVIEW_ORIGINS = ['app', 'word'] as const;
export type ReviewOrigin = (typeof REVIEW_ORIGINS)[number];

export const ReplySchema = z.object({
  id: z.string().min(1),
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  text: z.string(),
});
export type Reply = z.infer<typeof ReplySchema>;

export const CommentSchema = z.object({
  id: z.string().min(1),
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  anchor: AnchorSchema,
  text: z.string(),
  replies: z.array(ReplySchema).default([]),
  resolved: z.boolean().default(false),
  resolvedBy: DecisionSchema.optional(),
  origin: z.enum(REVIEW_ORIGINS).optional(),
});
export type ReviewComment = z.infer<typeof CommentSchema>;

export const SUGGESTION_KINDS = ['insert', 'delete'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SuggestionSchema = z.object({
  id: z.string().min(1),
  author: ReviewAuthorSchema,
  createdAt: isoDate,
  kind: z.enum(SUGGESTION_KINDS),
  /** For insert: start = end = the insertion offset. For delete: the deleted range (quote = the text). */
  anchor: AnchorSchema,
  /** Insert: the text to insert. Delete: the text to delete. */
  text: z.string(),
  status: z.enum(SUGGESTION_STATUSES).default('pending'),
  decided: DecisionSchema.optional(),
  origin: z.enum(REVIEW_ORIGINS).optional(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const OPINION_VERDICTS = ['dong-y', 'khong-dong-y', 'y-kien-khac'] as const;
export type OpinionVerdict = (typeof OPINION_VERDICTS)[number];
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
