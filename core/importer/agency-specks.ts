// An agency line as the header's column gives it, with the specks a scan or a flattened copy left at
// its edges taken off; the name's own signs (brackets, a comma inside a wrapped name) stay.
// "TONG CỤC THUÊ: CỘNG HÒA …", "BỘ TÀI CHÍNH ; CONG HOA …": a colon (or a semicolon apart) OCR read where
// the column met the national title is no caption's.
// "BỘ TÀI CHÍNH - CỘNG HÒA …": a dash OCR read in the gap before the national title ends no name.
// ": _ UBND TỈNH PHỦ THỌ š", "r B9 TAI CHINH": signs a scan's specks gave before the name, and one small letter after it;
// "SỞ GIÁO DỤC VÀ ĐÀO TẠO và" (the seal's strokes beside the motto): or a short word in small letters.
// "BAN THƯƠNG TRỰC ‹", "TONG CỤC THUÊ ˆ": or a sign alone (a bracket would close a name's own; "ˆ", a modifier
// letter, is a sign here). "BỘ GIÁO DỤC VÀ ĐÀO TẠO.", "TỈNHỦYLÂMĐÔNG .": or a full stop.
// "UBND THÀNH PHỐ CÀ MAU , ¡": or two specks or three, each apart (here a comma and a sign), in the gap before
// the national title; one comma alone may end a wrapped name's line ("SỞ VĂN HÓA,") and stays.
export const agencyLineWithoutSpecks = (text: string): string =>
  text
    .replace(/^[:;,.'‘’`"“”_~\-–—\s]+(?=\p{Lu}{2})/u, '')
    // "r B9 TAI CHINH": one small letter apart before a name in capitals (an old font's "BỘ" read "B9").
    .replace(/^\p{Ll}\s+(?=\p{Lu}\S*\s+\p{Lu}{2})/u, '')
    .replace(/(?<=\p{Lu}{2})\s+\p{Ll}{1,3}$/u, '')
    .replace(/(?<=\p{Lu})(?:\s*:|\s+;)$/u, '')
    .replace(/(?<=\p{Lu})\s+[-–—]$/u, '')
    .replace(/(?<=\p{Lu}{2})\s?\.$/u, '')
    .replace(/(?<=\p{Lu})\s+(?:[^\p{L}\p{N}\s().,;:[\]]|\p{Lm}){1,2}$/u, '')
    .replace(/(?<=\p{Lu})(?:\s+(?:[^\p{L}\p{N}\s()[\]]|\p{Lm}){1,2}){2,3}$/u, '')
    // "ỦY BẠN NHÂN DÂN Ni GD) XÃ": after the committee's whole name, a few scraps, one with a small letter and one
    // with a bracket, are what the seal left of the national title beside it.
    .replace(/^(\p{Lu}{2}\s+B\p{Lu}N\s+NH\p{Lu}N\s+D\p{Lu}N)((?:\s+\S{1,3}){2,3})$/u, (m, name: string, rest: string) =>
      /\p{Ll}/u.test(rest) && /[()[\]]/u.test(rest) ? name : m,
    );
