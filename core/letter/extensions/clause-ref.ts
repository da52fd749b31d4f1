// Provenance of a block inserted from a clause library: which clause, which version, with which
// variable values. Lets the editor notice when the library has a newer version (issue 5).
import { z } from 'zod';

export const ClauseRefSchema = z.object({
  /** Clause id in its library, e.g. "attt.truc-24-7". */
  id: z.string().min(1, { error: 'mã điều khoản không được để trống' }),
  /** The clause version that was inserted. */
  version: z.number().int().min(1, { error: 'phiên bản điều khoản phải là số nguyên ≥ 1' }),
  /** The library the clause came from, when known. */
  library: z.string().optional(),
  /** Variable values used when the clause was rendered, by variable name. */
  values: z.record(z.string(), z.string()).optional(),
});

export type ClauseRef = z.infer<typeof ClauseRefSchema>;
