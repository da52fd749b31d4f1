// Our DOCX gives each body paragraph a style that names its depth in the draft's tree ("VanThuBody2":
// a block inside an item inside an item). The style sets nothing (direct formatting does), so the page
// looks the same; it lets the importer rebuild the exact tree from our own DOCX, where the text alone
// cannot say whether a paragraph after a point belongs to it or to the clause above.
export const BODY_DEPTHS = 10;

export const bodyStyleId = (depth: number): string => `VanThuBody${Math.min(Math.max(depth, 0), BODY_DEPTHS - 1)}`;

/** The depth a body style names, or null for any other style. */
export function depthOfBodyStyle(styleId: string | null): number | null {
  const m = styleId === null ? null : /^VanThuBody(\d)$/.exec(styleId);
  return m ? Number(m[1]) : null;
}
