// Variables left unfilled («label» markers) anywhere in a letter, so the shell can warn on export and
// jump to each one. Scans every text field, not only clause blocks: templates leave markers in the
// subject and the signature too.
import type { Block, Letter } from '../letter/types';
import { plainText } from '../letter/inline';
import { UNFILLED_MARKER } from './variables';

export interface UnfilledVariable {
  /** Field path, as FeaturePanelProps.jumpTo takes it: "subject", "body.2.children.0", "signature.signer". */
  path: string;
  /** The label inside the marker: "số công văn của Bộ". */
  label: string;
}

function scan(text: string, path: string, out: UnfilledVariable[]): void {
  for (const m of text.matchAll(UNFILLED_MARKER)) out.push({ path, label: m[1] as string });
}

function scanBlocks(blocks: readonly Block[], path: string, out: UnfilledVariable[]): void {
  blocks.forEach((b, i) => {
    scan(plainText(b.content), `${path}.${i}`, out);
    if (b.kind === 'item') scanBlocks(b.children, `${path}.${i}.children`, out);
  });
}

export function unfilledVariables(letter: Letter): UnfilledVariable[] {
  const out: UnfilledVariable[] = [];
  scan(letter.agency.name, 'agency.name', out);
  if (letter.agency.parent) scan(letter.agency.parent, 'agency.parent', out);
  scan(letter.symbol, 'symbol', out);
  scan(letter.place, 'place', out);
  scan(letter.subject, 'subject', out);
  letter.recipients.forEach((r, i) => scan(r, `recipients.${i}`, out));
  scanBlocks(letter.body, 'body', out);
  letter.distribution.forEach((r, i) => scan(r, `distribution.${i}`, out));
  scan(letter.signature.title, 'signature.title', out);
  scan(letter.signature.signer, 'signature.signer', out);
  return out;
}
