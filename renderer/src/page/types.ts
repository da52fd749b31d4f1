import type { Letter } from '../../../core/letter/types';

/** How page parts change the letter: a pure edit, merged with the previous one when the keys match. */
export type EditLetter = (edit: (letter: Letter) => Letter, mergeKey?: string) => void;
