// Lines (from text or DOCX) → Letter + notes. Runs the zone cutter, then each zone's parser, and
// assembles a draft that holds only what the text says; gaps are flagged in importNotes.
import { err, ok } from '../result';
import type { Result } from '../result';
import type { Letter, Secrecy, Urgency } from '../letter/types';
import { splitAgency } from './agency';
import { buildBody } from './body';
import { dropBodyScraps } from './body-scraps';
import { parseDistribution } from './distribution';
import { signatureLines, splitFooter } from './footer';
import { parseHeader } from './header';
import { dropLeadMarks } from './lead-marks';
import { dropFootnotesOverNumber, dropPageFoot, dropPageFootnotes, dropRepeatedPageFoot } from './page-foot';
import { dropSmallPrintFootnotes } from './small-print';
import { blankLine, contentOf, segmentLines } from './lines';
import type { SourceLine } from './lines';
import { takeHeaderAfterGreeting, takeHeaderInFooter } from './late-header';
import type { KindSubject } from './late-subject';
import { takeKindSubject, takeKindSubjectInHeader, takeLateSubject, takeSubjectAfterRecipients } from './late-subject';
import { hasESignature, isGarbledWord, isOcrSpecks, isScrapsAfterAsAbove } from './noise';
import { dropNoise } from './noise-lines';
import { Notes } from './notes';
import { buildParagraphs } from './paragraphs';
import { isAsAboveEntry, isRecipientsStart, markerKind, secrecyOf, urgencyOf } from './patterns';
import { onlyPositionWords } from './position-words';
import { fold } from './text';
import { parseRecipients } from './recipients';
import { unlabelledListAt } from './unlabelled-recipients';
import { parseSignature } from './signature';
import { cutSignedMark } from './signed-mark';
import { holdUnsignedName } from './unsigned-name';
import { noteSigningDate, signingDate } from './signing-date';
import { dropShapeNames } from './shape-names';
import { dropReceivedStamp } from './stamps';
import { dropStampHolder } from './stamp-holder';
import { dropMendedDayBeforeCited, dropMonthBeforeCited, resolveYear } from './year';
import { findZones } from './zones';

export interface ImportOptions {
  /** Year used only when the text has none (the schema needs one); flagged as missing. */
  fallbackYear: number;
}

export type ImportErrorKind = 'empty' | 'too-large' | 'binary' | 'not-a-letter' | 'bad-docx';

export interface ImportError {
  kind: ImportErrorKind;
  /** Vietnamese, for the clerk. */
  message: string;
}

export interface LinesImport {
  letter: Letter;
  notes: Notes;
}

/**
 * Web copies cut a label inside its span: "*Nơi" / "nhận:*", "**Kính" / "gửi:**". The two halves are one
 * line again, so the zones see the label (text lines only; a DOCX paragraph keeps its own runs).
 */
function joinCutLabels(lines: SourceLine[]): void {
  const plainOf = (l: SourceLine): string => contentOf(l.raw, l.runs, l.open).text.trim().toLowerCase();
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1] as SourceLine;
    // A label's first word alone, with room for marks around it: longer lines need no reading.
    if (line.runs !== null || next.runs !== null || line.raw.trim().length > 24) continue;
    const head = plainOf(line);
    if (head !== 'nơi' && head !== 'kính') continue;
    const tail = plainOf(next);
    if ((head === 'nơi' && /^nhận\s*:/u.test(tail)) || (head === 'kính' && /^gửi\s*:/u.test(tail))) {
      // The emptied line goes before the label, not after it: there a blank would end the recipient
      // the label's line starts ("gửi:** Công ty TNHH" / "Tokokosen.").
      lines[i] = blankLine(line);
      lines[i + 1] = { ...next, raw: `${line.raw.trimEnd()} ${next.raw.trimStart()}`, no: line.no };
    }
  }
}

/**
 * "ae” Kính gửi: Cục Thuế …": OCR reads a seal's or signature's strokes in the margin before the label.
 * Specks only (isOcrSpecks: letters one or two at a time, with signs), or one run of letters no syllable
 * ("semrsơnaeu KÍH gửi:", an e-signature stamp's words): a word before it stays.
 */
function dropSpecksBeforeGreeting(lines: SourceLine[], notes: Notes): void {
  lines.forEach((line, i) => {
    if (line.runs !== null) return;
    // fold() keeps the length, so the match's end is the label's place in the raw line.
    // "»%c 'A Hi moi amen Kính gửi:": an e-signature stamp's garble, opening with a run of signs (not
    // markdown's "**", nor "Đồng kính gửi"), may be longer.
    const m = /^\s*(\S.{0,11}?)\s+(?=k[il1]n?h\s*g)/u.exec(fold(line.raw)) ?? /^\s*([^\p{L}\d\s*_]{2}.{0,37}?)(?<!dong)\s+(?=k[il1]n?h\s*g)/u.exec(fold(line.raw));
    const scrap = line.raw.slice(0, m?.[0].length ?? 0).trim();
    const stamp = m !== null && isCutUrgentStamp(scrap);
    if (!m || !(stamp || isOcrSpecks(m[1] as string) || isGarbledWord(scrap) || /^[^\p{L}\d\s*_]{2}/u.test(scrap))) return;
    const cut = m[0].length;
    if (!isRecipientsStart(line.raw.slice(cut))) return;
    if (stamp) {
      // Left standing apart for takeStamps, which reads the urgency off it.
      notes.add('urgency', 'converted', `Dòng ${line.no}: hiểu "${scrap}" trước "Kính gửi" là dấu "KHẨN" mà nhận dạng chữ đọc mất nét.`, line.raw.trim());
      lines[i] = { ...line, raw: `KHẨN   ${line.raw.slice(cut)}` };
      return;
    }
    notes.add('recipients', 'dropped', `Dòng ${line.no}: bỏ vết mực trước "Kính gửi".`, line.raw.slice(0, cut).trim());
    lines[i] = { ...line, raw: line.raw.slice(cut) };
  });
}

/**
 * "_,HẨN: Kính gửi:": the red "KHẨN" stamped beside the label, OCR losing its first letter or its hook to
 * the ink; capitals alone among the signs, folding to "khan" or "han", with the circumflex or another mark
 * a stamp's "Ẩ" is read as (a bare "HAN" or "KHAN" could be a name).
 */
function isCutUrgentStamp(scrap: string): boolean {
  const letters = scrap.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase() && /^K?H\p{L}N$/u.test(letters) && /^k?han$/.test(fold(letters)) && !/A/.test(letters);
}

/**
 * "… sức khỏe để có" / "" / "ý" / "biện pháp xử lý; …": one letter alone on its line, set apart by a blank
 * line from the sentence it sits in, which goes on in small letters after it, is a speck of the scan: a
 * word the wrap carried follows its line with no blank between. So is one sign ("¿", a page number OCR
 * could not read, at a page's turn); a digit may be a page number's own, and that rule reads those.
 */
function dropLoneLetters(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  const filled = (i: number, step: number): SourceLine | undefined => {
    for (let j = i + step; j >= from && j < to; j += step) if ((lines[j] as SourceLine).raw.trim() !== '') return lines[j];
    return undefined;
  };
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null || !/^\s*[^\s\d.\-–]\s*$/u.test(line.raw) || (lines[i - 1]?.raw.trim() ?? '') !== '') continue;
    const before = filled(i, -1)?.raw ?? '';
    const after = filled(i, 1)?.raw ?? '';
    if (!/[\p{L},]\s*$/u.test(before) || !/^\s*\p{Ll}/u.test(after)) continue;
    notes.add('body', 'dropped', `Dòng ${line.no}: bỏ ký tự đứng một mình giữa câu (vết mực khi quét).`, line.raw.trim());
    lines[i] = blankLine(line);
  }
}

/**
 * "… về Sở GDĐT./. _Ñ" / "th" / "" / "KT. GIÁM ĐỐC": after the body's closing "./.", a line of a few small
 * letters alone is the initialling hand's mark, no sentence (one opens with a capital).
 */
function dropMarksAfterClose(lines: SourceLine[], from: number, to: number, notes: Notes): void {
  let closed = false;
  for (let i = from; i < to; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null) continue;
    if (/\.\/\./.test(line.raw)) closed = true;
    else if (closed && /^\s*\p{Ll}{1,3}\s*$/u.test(line.raw)) {
      notes.add('body', 'dropped', `Dòng ${line.no}: bỏ ký hiệu viết tay sau dấu kết thúc "./.".`, line.raw.trim());
      lines[i] = blankLine(line);
    }
  }
}

/**
 * One or two words in capitals (urgencyOf tells whether they are a stamp), maybe a speck, then a word with small
 * letters. "HDA TÔC| - Ủy ban …": the stamp's box edge read as a bar glued to it; a list's dash after it stays.
 */
const STAMP_BEFORE_TEXT = /^\s*(\p{Lu}+(?:\s\p{Lu}+)?)\|?\s+(?:(?![-–—+•]\s)[^\p{L}\d\s]{1,2}\s+)?(?=\S*\p{Ll}|[-–—+•]\s)/u;

/** Urgency and secrecy stamps stand alone wherever they are; they are taken out before the zones. */
function takeStamps(lines: SourceLine[], notes: Notes): { urgency: Urgency | null; secrecy: Secrecy | null } {
  let urgency: Urgency | null = null;
  let secrecy: Secrecy | null = null;
  lines.forEach((line, i) => {
    const pieces = line.runs ? [line.raw] : line.raw.split(/(\s{3,})/);
    let changed = false;
    const kept = pieces.map((p) => {
      const text = contentOf(p, null).text;
      const u = urgencyOf(text);
      const s = u ? null : secrecyOf(text);
      if (!u && !s) return p;
      changed = true;
      if (u && urgency && u !== urgency) notes.add('urgency', 'uncertain', `Có hai dấu độ khẩn (${urgency}, ${u}); đã lấy dấu đầu.`, text);
      if (u) urgency = urgency ?? u;
      if (s) secrecy = secrecy ?? s;
      return ' '.repeat(p.length);
    });
    if (changed) lines[i] = line.runs ? blankLine(line) : { ...line, raw: kept.join('').trimEnd() };
    // "KHẨN [ Corona gây ra": a scan's stamp OCR read at the start of a line of text, before a word in
    // small letters (no heading in capitals goes on so).
    const lead = changed || line.runs !== null ? null : STAMP_BEFORE_TEXT.exec(line.raw);
    const u = lead === null ? null : urgencyOf(lead[1] as string);
    if (lead !== null && u !== null) {
      notes.add('urgency', 'converted', `Dòng ${line.no}: dấu độ khẩn "${lead[1] as string}" đọc lẫn vào đầu dòng chữ; đã tách ra.`, line.raw.trim());
      urgency = urgency ?? u;
      lines[i] = { ...line, raw: line.raw.slice(lead[0].length) };
    }
  });
  return { urgency, secrecy };
}

/**
 * "Kí Li lện sản KT. GIÁM ĐÓC" over "- Như trên; = = đ": a footer's first row whose "Nơi nhận:" OCR
 * garbled past reading, the signature's marker beside it. Above the first entry, the scrap is that label.
 * "Nơ    ậ      GIÁM ĐỐC" (a text layer that lost the label's letters): so beside a head who signs in
 * his own name, when the scrap starts as the label does.
 */
function mendGarbledFooterLabel(lines: SourceLine[], notes: Notes): void {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    if (line.runs !== null) continue;
    // "ẢNơi nhận: KT. GIÁM ĐÓC": a speck glued before the label.
    const speck = /^\s*([^\s\p{N}N])(?=N[oơ]i\s*nh\S{1,2}n\s*:)/u.exec(line.raw);
    if (speck) {
      notes.add('distribution', 'dropped', `Dòng ${line.no}: bỏ "${speck[1] as string}" dính trước nhãn "Nơi nhận:" (vết mực khi quét).`, line.raw.trim());
      lines[i] = { ...line, raw: line.raw.slice(speck[0].length) };
      continue;
    }
    const m = /^\s*((?:\S{1,5}\s+){1,4})((?:KT|TM|TL|TUQ)\.\s*\p{Lu}.*)$/u.exec(line.raw) ?? /^\s*(N\S{0,3}(?:\s+\S{1,3}){1,2}\s+)(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})\s*$/u.exec(line.raw);
    // A scrap with an ending is a sentence's last words ("Trân trọng."), unless it starts as the label does
    // ("Nà dd ¡. KT.GIÁM ĐÓC": "Nơi nhận:" in a few short marred tokens).
    const scrap = m === null ? '' : (m[1] as string).trim();
    const labelLike = /^N\S{0,3}(?:\s+\S{1,3}){1,2}$/u.test(scrap);
    const signs = m !== null && (markerKind(m[2] as string) !== null || (labelLike && onlyPositionWords(m[2] as string)));
    if (m === null || !signs || (/[.:;]$/.test(scrap) && !labelLike)) continue;
    let k = i + 1;
    while (k < lines.length && (lines[k] as SourceLine).raw.trim() === '') k += 1;
    const next = lines[k];
    // "- Như trên; = = đ": the entry with the seal's scraps after its ";".
    const scraps = next === undefined ? null : /^\s*[-–—•+~]\s*([^;]*;)(.*)$/u.exec(next.raw);
    if (next === undefined || next.runs !== null || !(isAsAboveEntry(next.raw) || (scraps !== null && isScrapsAfterAsAbove(scraps[1] as string, scraps[2] as string)))) continue;
    notes.add('distribution', 'uncertain', `Dòng ${line.no}: đọc "${(m[1] as string).trim()}" là nhãn "Nơi nhận:" (nhận dạng chữ đọc sai) — hãy kiểm tra.`, line.raw.trim());
    lines[i] = { ...line, raw: `Nơi nhận: ${m[2] as string}` };
    return;
  }
}

/** A named kind's summary ("THÔNG BÁO" / "Cảnh báo, …") becomes the draft's subject, with a note. */
function useKindSubject(header: { subject: string; subjectFound: boolean }, named: KindSubject, notes: Notes): void {
  header.subject = named.subject;
  header.subjectFound = true;
  notes.found('subject');
  notes.add('subject', 'uncertain', `Văn bản có tên loại "${named.kind}"; đã lấy dòng dưới tên loại làm trích yếu của bản thảo công văn — hãy kiểm tra.`, `${named.kind} / ${named.subject}`);
}

export function importLines(source: readonly SourceLine[], options: ImportOptions): Result<LinesImport, ImportError> {
  const notes = new Notes();
  const lines = [...source];
  const eSignature = hasESignature(lines.map((l) => l.raw).join('\n'));
  dropShapeNames(lines, notes);
  dropNoise(lines, 0, lines.length, false, eSignature, notes);
  dropStampHolder(lines, eSignature, notes);
  dropPageFoot(lines, notes);
  dropRepeatedPageFoot(lines, notes);
  dropPageFootnotes(lines, notes);
  dropFootnotesOverNumber(lines, notes);
  dropSmallPrintFootnotes(lines, notes);
  mendGarbledFooterLabel(lines, notes);
  joinCutLabels(lines);
  dropLeadMarks(lines, notes);
  dropSpecksBeforeGreeting(lines, notes);
  const { urgency, secrecy } = takeStamps(lines, notes);
  const zones = findZones(lines);
  const headerEnd = zones.recipients ?? zones.headerEnd;
  dropNoise(lines, headerEnd, lines.length, true, eSignature, notes);

  const late = takeLateSubject(lines, headerEnd, zones.footerStart);
  if (late.length > 0) {
    notes.add('subject', 'uncertain', `Trích yếu nằm sau phần Nơi nhận (dòng ${(late[0] as SourceLine).no}), như khi chép chữ từ tệp PDF; đã đưa về phần đầu văn bản — hãy kiểm tra.`, late.map((l) => l.raw.trim()).join(' '));
  }
  const afterGreeting = zones.recipients === null ? [] : takeHeaderAfterGreeting(lines, zones.recipients, zones.footerStart);
  if (afterGreeting.length > 0) {
    notes.add('header', 'uncertain', `Quốc hiệu, tiêu ngữ hoặc ngày tháng nằm dưới dòng "Kính gửi" (dòng ${(afterGreeting[0] as SourceLine).no}), như khi chép chữ từ tệp PDF; đã đưa về phần đầu văn bản — hãy kiểm tra.`, afterGreeting.map((l) => l.raw.trim()).join(' | '));
  }
  const inFooter = afterGreeting.length > 0 ? [] : takeHeaderInFooter(lines, zones.footerStart);
  if (inFooter.length > 0) {
    notes.add('header', 'uncertain', `Quốc hiệu, tiêu ngữ và ngày tháng nằm sau phần Nơi nhận (dòng ${(inFooter[0] as SourceLine).no}), như khi nhận dạng chữ đọc từng cột của bản quét; đã đưa về phần đầu văn bản — hãy kiểm tra.`, inFooter.map((l) => l.raw.trim()).join(' | '));
  }
  const kindInHeader = late.length > 0 ? null : takeKindSubjectInHeader(lines, headerEnd);
  const header = parseHeader(segmentLines([...lines.slice(0, headerEnd), ...afterGreeting, ...inFooter, ...late]), notes);
  if (kindInHeader && !header.subjectFound) useKindSubject(header, kindInHeader, notes);
  else if (kindInHeader) {
    notes.add('header', 'dropped', `Bỏ tên loại văn bản và dòng dưới nó ở phần đầu (đã có trích yếu "V/v").`, `${kindInHeader.kind} / ${kindInHeader.subject}`);
  }
  let bodyStart = headerEnd;
  let recipients: string[] = [];
  if (zones.recipients !== null) {
    const read = parseRecipients(lines, zones.recipients, zones.footerStart, notes);
    recipients = read.recipients;
    bodyStart = read.end;
  } else {
    const listAt = header.subjectFound ? unlabelledListAt(lines, headerEnd, zones.footerStart) : null;
    if (listAt !== null) {
      const read = parseRecipients(lines, listAt, zones.footerStart, notes, true);
      recipients = read.recipients;
      bodyStart = read.end;
      notes.add('recipients', 'uncertain', `Không thấy dòng "Kính gửi"; đã hiểu danh sách gạch đầu dòng dưới trích yếu (dòng ${(lines[listAt] as SourceLine).no}) là nơi gửi — hãy kiểm tra.`, recipients.join('; '));
    } else notes.missing('recipients', 'Không thấy dòng "Kính gửi".');
  }
  const under = header.subjectFound ? [] : takeSubjectAfterRecipients(lines, bodyStart, zones.footerStart);
  if (under.length > 0) {
    // The block is read as the header reads its subject (its "V/v" or "Về việc" lead dropped the same
    // way); the rest of that reading (no number, no date) says nothing about this letter's header.
    const subject = parseHeader(segmentLines(under), new Notes());
    header.subject = subject.subject;
    header.subjectFound = true;
    notes.found('subject');
    notes.add('subject', 'uncertain', `Trích yếu nằm dưới phần "Kính gửi" (dòng ${(under[0] as SourceLine).no}); đã đưa lên phần đầu văn bản — hãy kiểm tra.`, under.map((l) => l.raw.trim()).join(' '));
  }
  // The receiving office's stamp may stand over a notice's kind and summary: it goes first.
  dropReceivedStamp(lines, bodyStart, zones.footerStart, notes);
  const named = header.subjectFound ? null : takeKindSubject(lines, bodyStart, zones.footerStart);
  if (named) useKindSubject(header, named, notes);
  dropMarksAfterClose(lines, bodyStart, zones.footerStart, notes);
  dropLoneLetters(lines, bodyStart, zones.footerStart, notes);
  dropBodyScraps(lines, bodyStart, zones.footerStart, notes);
  const wholeText = lines.map((l) => l.raw.trim()).join(' ');
  const body = buildBody(buildParagraphs(lines.slice(bodyStart, zones.footerStart), notes, wholeText), notes);
  if (body.length === 0) notes.missing('body', 'Không thấy nội dung văn bản.');
  const footer = splitFooter(segmentLines(lines.slice(zones.footerStart), { byContent: true }));
  const dist = parseDistribution(footer.distribution, notes, { symbol: header.symbol });
  const sign = parseSignature(signatureLines(footer.signature).map((l) => cutSignedMark(l, notes)), notes, header.agencyLines);

  // The closing "./." counts too: a news post may keep only the body and "Nơi nhận" of a letter.
  const closed = lines.slice(bodyStart, zones.footerStart).some((l) => l.raw.includes('./.'));
  const signals = [header.numberFound, header.dateFound, header.subjectFound, zones.recipients !== null, dist.found, sign.found, closed].filter(Boolean).length;
  if (signals < 2) {
    return err({
      kind: 'not-a-letter',
      message:
        'Không nhận ra đây là một công văn: không thấy đủ các phần số/ký hiệu, ngày tháng, trích yếu "V/v", "Kính gửi", "Nơi nhận" hay chữ ký. Hãy kiểm tra lại tệp.',
    });
  }

  dropMonthBeforeCited(header, body, notes);
  dropMendedDayBeforeCited(header, body, notes);
  const year = resolveYear(header.year, body, options.fallbackYear, notes, signingDate(source));
  noteSigningDate(source, header, notes);
  const letter: Letter = {
    schemaVersion: 1,
    type: 'cong-van',
    agency: splitAgency(header.agencyLines, notes),
    number: header.number,
    symbol: header.symbol,
    place: header.place,
    date: { day: header.day, month: header.month, year },
    urgency,
    secrecy,
    subject: header.subject,
    recipients,
    body,
    distribution: dist.distribution,
    archive: dist.archive,
    drafter: holdUnsignedName(dist.drafter, sign.signature, notes),
    signature: sign.signature,
  };
  return ok({ letter, notes });
}
