// Agency lines → { parent, name }. "ỦY BAN NHÂN DÂN" / "TỈNH HƯNG YÊN" is one name on two lines;
// "UBND TỈNH BẮC GIANG" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" is a parent above the issuing unit: the split
// falls before the first line that starts a unit's own name (SỞ, PHÒNG, CỤC, TRƯỜNG…).
import type { Agency } from '../letter/types';
import type { Notes } from './notes';
import { fold } from './text';

const UNIT_START =
  /^(so|phong|ban|cuc|vu|van phong|trung tam|truong|chi cuc|benh vien|bo chi huy|cong an|hoi dong|tong cuc|kho bac|chi nhanh|bao hiem|dai|vien|hoc vien|thanh tra|doan|uy ban nhan dan (huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)|ubnd (huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)|dang uy|cong ty|hoi)\b/;

/** The line starts an issuing unit's own name (SỞ …, PHÒNG …), which may sit under a parent agency. */
export const startsUnitName = (line: string): boolean => UNIT_START.test(fold(line.trim()));

export function splitAgency(lines: readonly string[], notes: Notes): Agency {
  if (lines.length === 0) {
    // Left empty, never invented: the draft format allows it and the checker reports it (ô số 2).
    notes.missing('agency.name', 'Không thấy tên cơ quan ban hành ở đầu văn bản; hãy điền.');
    return { parent: null, name: '' };
  }
  let split = 0;
  for (let i = 1; i < lines.length; i += 1) {
    if (UNIT_START.test(fold(lines[i] as string))) {
      split = i;
      break;
    }
  }
  if (split === 0) return { parent: null, name: lines.join('\n') };
  return { parent: lines.slice(0, split).join('\n'), name: lines.slice(split).join('\n') };
}
