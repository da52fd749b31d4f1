// nd30.md §12 default profile: margins 20/20/30/15 mm, the Mẫu 1.5 (công văn template) sizes
// 12/14/13/14 (Quốc hiệu / motto / agency / dateline), and Mẫu 1.5's table widths.
import type { LayoutProfile } from './profile';

export const DEFAULT_PROFILE: LayoutProfile = {
  name: 'default',
  label: 'Mặc định (lề 20/20/30/15 mm)',
  page: { widthMm: 210, heightMm: 297 },
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15, headerMm: 10, footerMm: 10 },
  sizes: {
    nationalTitle: 12,
    motto: 14,
    parentAgency: 13,
    agency: 13,
    number: 13,
    dateline: 14,
    subject: 12,
    stamp: 13,
    kinhGui: 14,
    body: 14,
    noiNhanHeading: 12,
    noiNhanEntry: 11,
    signatureTitle: 14,
    signer: 14,
    pageNumber: 14,
  },
  // Mẫu 1.5: 6.79 | 9.53 cm header, 6.19 | 10.25 cm Nơi nhận | signature (text width 165 mm).
  headerColumnsMm: [67.9, 95.3],
  footerColumnsMm: [61.9, 102.5],
  cellPaddingMm: 1.9,
  agencyRuleRatio: 0.4,
  ruleWeightPt: 0.75,
  ruleParagraphPt: 3,
  subjectGapPt: 6,
  urgencyBoxMm: { 'HỎA TỐC': [30, 8], 'THƯỢNG KHẨN': [40, 8], KHẨN: [20, 8] },
  secrecyBoxHeightMm: 8,
  kinhGuiGapPt: 12,
  kinhGuiIndentMm: 35,
  body: { firstLineIndentMm: 12.7, spaceBeforePt: 6, spaceAfterPt: 0, lineMultiple: 1.15 },
  signatureGapPt: 12,
  signatureSpaceMm: 30,
};
