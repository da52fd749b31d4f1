// The shape of a layout profile: every length in millimetres, every font size in points, as the
// Decree and nd30.md state them. Conversion to Word units happens once, in twips.ts.

export interface FontSizes {
  /** Quốc hiệu (12–13). */
  nationalTitle: number;
  /** Tiêu ngữ (13–14). */
  motto: number;
  /** Parent agency line, regular (12–13). */
  parentAgency: number;
  /** Issuing agency, bold (12–13). */
  agency: number;
  /** "Số: …" — fixed 13. */
  number: number;
  /** Place and date, italic (13–14). */
  dateline: number;
  /** "V/v …" (12–13). */
  subject: number;
  /** Urgency and secrecy stamps, bold (13–14). */
  stamp: number;
  /** "Kính gửi" (13–14). */
  kinhGui: number;
  /** Body (13–14). */
  body: number;
  /** "Nơi nhận:" — fixed 12, bold italic. */
  noiNhanHeading: number;
  /** Nơi nhận entries and drafter mark — fixed 11. */
  noiNhanEntry: number;
  /** Authority lines and title, bold upper case (13–14). */
  signatureTitle: number;
  /** Signer's name, bold (13–14). */
  signer: number;
  /** Page number in the header (13–14). */
  pageNumber: number;
}

export interface LayoutProfile {
  name: string;
  /** Vietnamese label for menus and messages. */
  label: string;
  page: { widthMm: number; heightMm: number };
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number; headerMm: number; footerMm: number };
  sizes: FontSizes;
  /** Header table (ô 1–5b, 10): left | right column widths. */
  headerColumnsMm: [number, number];
  /** Nơi nhận | signature table. */
  footerColumnsMm: [number, number];
  /** Cell padding left/right inside both tables (Word's default is 1.9 mm). */
  cellPaddingMm: number;
  /** Rule under the agency: this fraction of the longest agency line (Decree: 1/3–1/2). */
  agencyRuleRatio: number;
  /** Rule lines' weight in points (not regulated; 0.5–0.75 typical). */
  ruleWeightPt: number;
  /** Height of the empty paragraph that carries a rule line, in points: small, so the rule hugs the text. */
  ruleParagraphPt: number;
  /** Gap above "V/v" (6 pt, §4.5). */
  subjectGapPt: number;
  /** Urgency stamp boxes (§4.12), width × height. */
  urgencyBoxMm: { 'HỎA TỐC': [number, number]; 'THƯỢNG KHẨN': [number, number]; KHẨN: [number, number] };
  /** Secrecy stamps are not sized by the Decree; height of the box, width follows the text. */
  secrecyBoxHeightMm: number;
  /** Gap between the header table and "Kính gửi". */
  kinhGuiGapPt: number;
  /** Left indent of a multi-recipient "Kính gửi:" (Mẫu 1.5: about 3.5 cm). */
  kinhGuiIndentMm: number;
  body: {
    firstLineIndentMm: number;
    spaceBeforePt: number;
    spaceAfterPt: number;
    /** Line spacing as a multiple of single (1.0–1.5). */
    lineMultiple: number;
  };
  /** Gap between the body and the Nơi nhận | signature table. */
  signatureGapPt: number;
  /** Room for the signature and seal between the title lines and the name (≈ 3–4 cm). */
  signatureSpaceMm: number;
}
