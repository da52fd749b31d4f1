// The Decree's own page setup: margins 25/20/35/20 mm (its own files). The text area is 155 mm, so
// the tables are narrowed (nd30.md §6.4: at 35/20 mm keep the 12 pt Quốc hiệu, shrink the left
// column). The 12 pt bold Quốc hiệu measures 88.3 mm (not the 82 mm nd30.md §6.3 states). With
// 0.5 mm cell padding a 91 mm right column leaves it 90 mm, the 1.5 % safety margin of
// core/metrics/fit.ts included (1 mm padding left 89 mm, within 0.8 % of wrapping "NAM"), and a
// 64 mm left column still holds a 13 pt "SỞ GIÁO DỤC VÀ ĐÀO TẠO" (60.8 mm) or "TỈNH BÀ RỊA - VŨNG
// TÀU" (57 mm) with the same margin. The two blocks stay about 3 mm apart, as before.
import { DEFAULT_PROFILE } from './default-profile';
import type { LayoutProfile } from './profile';

export const GOVERNMENT_PROFILE: LayoutProfile = {
  ...DEFAULT_PROFILE,
  name: 'government',
  label: 'Theo văn bản của Nghị định (lề 25/20/35/20 mm)',
  margins: { topMm: 25, bottomMm: 20, leftMm: 35, rightMm: 20, headerMm: 10, footerMm: 10 },
  headerColumnsMm: [64, 91],
  cellPaddingMm: 0.5,
  footerColumnsMm: [58, 97],
};
