// Every string that enters a draft is stored NFC and free of control characters, because
// (a) Vietnamese typed through different input methods arrives as NFC or NFD and must compare equal,
// (b) C0/C1 controls are invalid in XML and would corrupt the DOCX, and they are never meaningful text.

/** Characters XML 1.0 forbids, plus C1 controls and non-characters. Tab and newline are allowed. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface SanitizedText {
  text: string;
  /** How many characters were removed (controls, lone surrogates, non-characters). */
  removed: number;
}

export function sanitizeText(input: string, options: { allowNewlines?: boolean } = {}): SanitizedText {
  let removed = 0;
  let text = input.replace(/\r\n?/g, '\n');
  text = text.replace(FORBIDDEN, () => {
    removed += 1;
    return '';
  });
  if (!options.allowNewlines) {
    // A newline inside a single-line field becomes a space: the words are kept, the layout is not broken.
    text = text.replace(/[\n\t]+/g, ' ');
  }
  return { text: text.normalize('NFC'), removed };
}

/** True when the string has a character the XML writer would have to drop. */
export function hasForbiddenCharacters(input: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(input);
  FORBIDDEN.lastIndex = 0;
  return found;
}
