// Every word a rendered letter must show, from the draft through core/format (so "05", "./." and the
// labels are the formatted forms), split as pdftotext splits: on whitespace.
import { agencyOneLine, flattenLabeled, formatDateLine, formatKinhGui, formatNoiNhanEntries, formatNumberLine, formatSignatureLines, formatSubjectLine, kinhGuiLines, labelBlocks, MOTTO, NATIONAL_TITLE, withClosingMark } from '../../core/format';
import type { Letter } from '../../core/letter';
import { plainText } from '../../core/letter';

export function letterWords(letter: Letter): string[] {
  const nodes = flattenLabeled(labelBlocks(letter.body));
  const body = nodes.map((n, i) => {
    const text = `${n.label ?? ''} ${plainText(n.block.content)}`;
    return i === nodes.length - 1 ? withClosingMark(text) : text;
  });
  const lines = [
    agencyOneLine({ parent: letter.agency.parent, name: letter.agency.name }),
    letter.agency.parent ?? '',
    NATIONAL_TITLE,
    MOTTO,
    formatNumberLine(letter.number, letter.symbol),
    formatSubjectLine(letter.subject),
    formatDateLine(letter.place, letter.date),
    letter.urgency ?? '',
    letter.secrecy ?? '',
    ...kinhGuiLines(formatKinhGui(letter.recipients)),
    ...body,
    'Nơi nhận:',
    ...formatNoiNhanEntries(letter),
    ...formatSignatureLines(letter.signature),
    letter.signature.signer,
  ];
  return [...new Set(lines.join(' ').normalize('NFC').split(/\s+/).filter((w) => w.length > 0))];
}
