// Our DOCX gives each body paragraph a style that names its depth in the draft's tree ("VanThuBody2":
// a block inside an item inside an item) and its kind: an item ("VanThuBody…", its label typed as text)
// or a plain paragraph ("VanThuText…"). The style sets nothing (direct formatting does), so the page
// looks the same; it lets the importer rebuild the exact tree from our own DOCX, where the text alone
// cannot say whether a paragraph after a point belongs to it or to the clause above, nor whether
// "1. …" at a paragraph's start is a clause or a quoted decree's own numbering.
export const BODY_DEPTHS = 10;

export type BodyStyleKind = 'item' | 'paragraph';

export const bodyStyleId = (depth: number, kind: BodyStyleKind = 'item'): string =>
  `${kind === 'paragraph' ? 'VanThuText' : 'VanThuBody'}${Math.min(Math.max(depth, 0), BODY_DEPTHS - 1)}`;

export interface BodyStyle {
  depth: number;
  /**
   * 'paragraph' for "VanThuText…"; null for "VanThuBody…", which a DOCX written before the kinds were
   * named also gave paragraphs: its typed label decides (every item has one).
   */
  kind: 'paragraph' | null;
}

/** The depth (and, for a paragraph, the kind) a body style names, or null for any other style. */
export function bodyStyleOf(styleId: string | null): BodyStyle | null {
  const m = styleId === null ? null : /^VanThu(Body|Text)(\d)$/.exec(styleId);
  return m ? { depth: Number(m[2]), kind: m[1] === 'Text' ? 'paragraph' : null } : null;
}
