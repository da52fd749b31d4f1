// The page geometry in CSS, from the same layout profile the DOCX writer uses (core/layout), so the
// page on screen and the exported file share margins, column widths, sizes and spacing.
import type { CSSProperties } from 'react';
import { PROFILES } from '../../../core/layout';
import type { LayoutProfile, ProfileName } from '../../../core/layout';

/** CSS px per millimetre at 100 % (CSS defines 1in = 96px = 25.4mm). */
export const PX_PER_MM = 96 / 25.4;
/** Grey gap drawn between two sheets on screen. */
export const SHEET_GAP_MM = 8;

export function profileOf(name: ProfileName | undefined): LayoutProfile {
  return PROFILES[name ?? 'default'];
}

export interface PageMetrics {
  pageWidthPx: number;
  pageHeightPx: number;
  /** Page height plus the gap: where page k starts is k × stride. */
  stridePx: number;
  /** Height of the text area of one page. */
  contentHeightPx: number;
}

export function metricsOf(p: LayoutProfile): PageMetrics {
  const pageHeightPx = p.page.heightMm * PX_PER_MM;
  return {
    pageWidthPx: p.page.widthMm * PX_PER_MM,
    pageHeightPx,
    stridePx: pageHeightPx + SHEET_GAP_MM * PX_PER_MM,
    contentHeightPx: (p.page.heightMm - p.margins.topMm - p.margins.bottomMm) * PX_PER_MM,
  };
}

const mm = (v: number) => `${v}mm`;
const pt = (v: number) => `${v}pt`;

/** Custom properties read by page.css. */
export function pageVars(p: LayoutProfile): CSSProperties {
  const s = p.sizes;
  const vars: Record<string, string> = {
    '--page-w': mm(p.page.widthMm),
    '--page-h': mm(p.page.heightMm),
    '--m-top': mm(p.margins.topMm),
    '--m-bottom': mm(p.margins.bottomMm),
    '--m-left': mm(p.margins.leftMm),
    '--m-right': mm(p.margins.rightMm),
    '--m-header': mm(p.margins.headerMm),
    '--text-w': mm(p.page.widthMm - p.margins.leftMm - p.margins.rightMm),
    '--hcol-l': mm(p.headerColumnsMm[0]),
    '--hcol-r': mm(p.headerColumnsMm[1]),
    '--fcol-l': mm(p.footerColumnsMm[0]),
    '--fcol-r': mm(p.footerColumnsMm[1]),
    '--cell-pad': mm(p.cellPaddingMm),
    '--rule-w': pt(p.ruleWeightPt),
    '--fs-qh': pt(s.nationalTitle),
    '--fs-motto': pt(s.motto),
    '--fs-parent': pt(s.parentAgency),
    '--fs-agency': pt(s.agency),
    '--fs-number': pt(s.number),
    '--fs-date': pt(s.dateline),
    '--fs-subject': pt(s.subject),
    '--fs-stamp': pt(s.stamp),
    '--fs-kinhgui': pt(s.kinhGui),
    '--fs-body': pt(s.body),
    '--fs-noinhan-head': pt(s.noiNhanHeading),
    '--fs-noinhan': pt(s.noiNhanEntry),
    '--fs-sig': pt(s.signatureTitle),
    '--fs-signer': pt(s.signer),
    '--fs-pagenum': pt(s.pageNumber),
    '--subject-gap': pt(p.subjectGapPt),
    '--kinhgui-gap': pt(p.kinhGuiGapPt),
    '--kinhgui-indent': mm(p.kinhGuiIndentMm),
    '--body-indent': mm(p.body.firstLineIndentMm),
    '--body-before': pt(p.body.spaceBeforePt),
    '--body-after': pt(p.body.spaceAfterPt),
    '--body-line': String(p.body.lineMultiple),
    '--sig-gap': pt(p.signatureGapPt),
    '--sig-space': mm(p.signatureSpaceMm),
    '--stamp-h': mm(p.urgencyBoxMm['HỎA TỐC'][1]),
    '--stamp-hoa-toc': mm(p.urgencyBoxMm['HỎA TỐC'][0]),
    '--stamp-thuong-khan': mm(p.urgencyBoxMm['THƯỢNG KHẨN'][0]),
    '--stamp-khan': mm(p.urgencyBoxMm.KHẨN[0]),
  };
  return vars as CSSProperties;
}
