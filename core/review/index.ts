// The review feature's public surface (issue 7): comments, suggestions, opinions, versions,
// anchors on letter parts, and the decorations the editor highlights.
export * from './schema';
export { authorFromProfile, authorLabel, emptyReview, nextId, reviewOf } from './actor';
export type { ReviewActor } from './actor';
export { findPart, letterParts, partText, replaceInPart, spliceRuns } from './parts';
export type { LetterPart, PartGroup } from './parts';
export { anchorInText, locateAnchor, makeAnchor, reanchor } from './anchor';
export type { Located } from './anchor';
export { addComment, deleteComment, reopenComment, replyToComment, resolveComment } from './comments';
export type { CommentTarget } from './comments';
export { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, suggestDeletion, suggestInsertion, suggestReplacement } from './suggestions';
export type { BulkOutcome } from './suggestions';
export { currentOpinions, giveOpinion, verdictLabel, VERDICT_CHOICES } from './opinion';
export { contentOf, recordVersion, restoreVersion, versionLetter, versionsOf } from './versions';
export { reviewDecorations } from './decorations';
export type { Decoration, DecorationKind } from './decorations';
