export * from './types';
export * from './inline';
export { LetterSchema, BlockSchema, InlineSchema } from './schema';
export { restoreLetter, parseDraft, serializeLetter } from './restore';
export type { Restored, RestoreError, RestoreErrorKind } from './restore';
export { sampleLetter, blankLetter } from './sample';
