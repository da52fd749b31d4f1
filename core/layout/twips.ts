// The one place where millimetres and points become Word units. Rounding, not flooring: docx's own
// convertMillimetersToTwip floors (20 mm → 1133, but the Decree's files have 1134).
import type { LayoutProfile } from './profile';

/** 1 inch = 25.4 mm = 1440 twips. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** 1 pt = 20 twips. */
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** Run sizes are in half-points (w:sz). */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
/** Border widths are in eighths of a point (w:sz on borders). */
export const ptToEighths = (pt: number): number => Math.round(pt * 8);
/** Line spacing "auto" is in 240ths of a line. */
export const lineMultipleTo240ths = (multiple: number): number => Math.round(multiple * 240);

export const twipsToMm = (twips: number): number => (twips * 25.4) / 1440;

/** A profile in Word units, computed once per export. */
export interface ResolvedLayout {
  profile: LayoutProfile;
  page: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Text width between the margins. */
  textWidth: number;
  headerColumns: [number, number];
  footerColumns: [number, number];
  cellPadding: number;
  ruleWeight: number;
  ruleParagraph: number;
  subjectGap: number;
  kinhGuiGap: number;
  kinhGuiIndent: number;
  body: { firstLine: number; before: number; after: number; line: number };
  signatureGap: number;
  signatureSpace: number;
  secrecyBoxHeight: number;
}

export function resolveLayout(profile: LayoutProfile): ResolvedLayout {
  const m = profile.margins;
  const page = { width: mmToTwips(profile.page.widthMm), height: mmToTwips(profile.page.heightMm) };
  const margins = {
    top: mmToTwips(m.topMm),
    bottom: mmToTwips(m.bottomMm),
    left: mmToTwips(m.leftMm),
    right: mmToTwips(m.rightMm),
    header: mmToTwips(m.headerMm),
    footer: mmToTwips(m.footerMm),
  };
  return {
    profile,
    page,
    margins,
    textWidth: page.width - margins.left - margins.right,
    headerColumns: [mmToTwips(profile.headerColumnsMm[0]), mmToTwips(profile.headerColumnsMm[1])],
    footerColumns: [mmToTwips(profile.footerColumnsMm[0]), mmToTwips(profile.footerColumnsMm[1])],
    cellPadding: mmToTwips(profile.cellPaddingMm),
    ruleWeight: ptToEighths(profile.ruleWeightPt),
    ruleParagraph: ptToTwips(profile.ruleParagraphPt),
    subjectGap: ptToTwips(profile.subjectGapPt),
    kinhGuiGap: ptToTwips(profile.kinhGuiGapPt),
    kinhGuiIndent: mmToTwips(profile.kinhGuiIndentMm),
    body: {
      firstLine: mmToTwips(profile.body.firstLineIndentMm),
      before: ptToTwips(profile.body.spaceBeforePt),
      after: ptToTwips(profile.body.spaceAfterPt),
      line: lineMultipleTo240ths(profile.body.lineMultiple),
    },
    signatureGap: ptToTwips(profile.signatureGapPt),
    signatureSpace: mmToTwips(profile.signatureSpaceMm),
    secrecyBoxHeight: mmToTwips(profile.secrecyBoxHeightMm),
  };
}
