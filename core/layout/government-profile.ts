// The Decree's own page setup: margins 25/20/35/20 mm (its own files). The text area is 155 mm, so
// the tables are narrowed (nd30.md §6.4: at 35/20 mm keep the 12 pt Quốc hiệu and a ~6.3 cm left
// column); sizes are those of the default profile.
import { DEFAULT_PROFILE } from './default-profile';
import type { LayoutProfile } from './profile';

export const GOVERNMENT_PROFILE: LayoutProfile = {
  ...DEFAULT_PROFILE,
  name: 'government',
  label: 'Theo văn bản của Nghị định (lề 25/20/35/20 mm)',
  margins: { topMm: 25, bottomMm: 20, leftMm: 35, rightMm: 20, headerMm: 10, footerMm: 10 },
  headerColumnsMm: [63, 92],
  footerColumnsMm: [58, 97],
};
