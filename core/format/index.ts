// Decree 30 text rules: pure functions from letter data to the exact strings a conforming công văn
// shows. Shared by the DOCX writer, the editor, the importer and the checker.
export { formatNumberLine, normalizeSymbol, padTwo, PENDING_NUMBER_BLANK } from './numbering';
export { formatDate, formatDateLine, formatDay, formatMonth, PENDING_DATE_BLANK } from './date';
export { formatSubjectLine, normalizeSubject, SUBJECT_PREFIX } from './subject';
export { cleanListEntry } from './list-entry';
export { formatKinhGui, kinhGuiLines, KINH_GUI } from './recipients';
export type { KinhGui } from './recipients';
export { archiveUnits, formatArchiveLine, formatDrafterMark, formatNoiNhanEntries, isBackReference, isNhuTren, isWrittenOutName, noiNhanItems, NHU_TREN, NOI_NHAN, RECORDS_DESK } from './distribution';
export type { NoiNhanInput } from './distribution';
export { AUTHORITY_MARKERS, authorityMarkerOf, formatAuthorityLine, formatSignatureLines, formatSignerName } from './signature';
export type { AuthorityMarker } from './signature';
export { flattenLabeled, itemLabel, labelBlocks, labelOf, LEVEL_RANK, pointLetter, POINT_LETTERS, toRoman } from './labels';
export type { LabeledBlock } from './labels';
export { dropLeadingChars, isSublabel, parseLabel } from './parse-label';
export { CLOSING_MARK, endsWithClosingMark, withClosingMark } from './closing';
export { agencyOneLine, formatAgencyLines, formatSecrecy, formatUrgency, MOTTO, NATIONAL_TITLE } from './header';
export type { AgencyLines } from './header';
export { BODY_DEPTHS, bodyStyleId, bodyStyleOf } from './body-style';
export type { BodyStyle, BodyStyleKind } from './body-style';
