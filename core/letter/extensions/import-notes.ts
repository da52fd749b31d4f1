// What the importer was unsure of, dropped or converted, per field path, so the editor can
// highlight it (issue 3). Stored as an optional field of the draft; cleared once the clerk has looked.
import { z } from 'zod';

export const IMPORT_NOTE_KINDS = ['missing', 'uncertain', 'dropped', 'converted'] as const;

export const ImportNoteSchema = z.object({
  /** Field path in the letter: "number", "date.day", "recipients.2", "body.4", "signature.signer"… */
  path: z.string(),
  kind: z.enum(IMPORT_NOTE_KINDS),
  /** Vietnamese, for the clerk. */
  message: z.string(),
  /** The original text involved (dropped noise, the unsure reading), when there is one. */
  source: z.string().optional(),
});

export type ImportNote = z.infer<typeof ImportNoteSchema>;
