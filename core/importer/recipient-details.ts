// What a tax office writes under a company it addresses: its tax code ("Mã số thuế: …", "MST: …") and its
// address ("Đ/c: …", "G9, KCN Quế Võ, …"), details of that one recipient, never recipients of their own.
import { hasDash, stripDash } from './text';

/** "Địa chỉ:", "MST:": the labels of an addressee's details; "Bia chỉ:", "Dia chỉ:", OCR's readings of "Địa chỉ:". */
export const DETAIL_LABEL = /(?:^|\s)(?:[đdb]ia chỉ|địa chỉ|[đd]\/c|mst|mã số thuế|điện thoại|đt|fax|email)\s*:/iu;

/** Words of an address: a street, an industrial park, an administrative unit. */
export const ADDRESS_WORD = /(?:^|[\s(,])(?:đ\/c|địa chỉ|số nhà|đường|phố|KCN|khu công nghiệp|thôn|ấp|xã|phường|thị trấn|quận|huyện|tỉnh)(?=[\s:,.)])/iu;
export const ADDRESS_WORDS = new RegExp(ADDRESS_WORD.source, 'giu');
/** "P.Đông Hải 2", "Q.Hải An", "TP Hải Phòng": a ward, a district, a city shortened before its name. */
const ADDRESS_SHORT = /(?:^|[\s(,])(?:[PQ]\.\s?|TP\.?\s)(?=\p{Lu})/gu;
/** An addressee that is a business: a tax office writes to one with its address and tax code under it. */
export const COMPANY = /(?:^|\s)(?:công ty|cty|TNHH|cổ phần|doanh nghiệp|hợp tác xã)(?=\s|$)/iu;

/**
 * "Kính gửi: Công ty TNHH X" / "" / "Mã số thuế: …" / "" / "G9, KCN Quế Võ, …", "Đ/c: …" / "- MST: …": under a
 * company not yet ended (";", "."), a labelled detail, or an address after its tax code, is the company's own, past
 * OCR's blank lines; with a dash only under a detail already read ("- Mã số thuế:" alone lists an entry of its own).
 */
export function isCompanyDetail(first: string, text: string, blankSince: boolean): boolean {
  // "- Bia chỉ: Tang 23, … 54 Liễu Giai, Phường" / "… - MST: 0102132189)": a dash before the address is OCR's
  // reading of its opening bracket ("- Mã số thuế:" alone, with no bracket, lists an entry of its own).
  const bracketAsDash = hasDash(text) && !text.includes('(') && /^(?:[đdb]ia chỉ|địa chỉ)\s*:/iu.test(stripDash(text));
  if (!COMPANY.test(first) || /[;.]\s*$/.test(first) || text.length > 200 || (hasDash(text) && !DETAIL_LABEL.test(first) && !bracketAsDash)) return false;
  const namesPlaces = (text.match(ADDRESS_WORDS) ?? []).length + (text.match(ADDRESS_SHORT) ?? []).length >= 2;
  // "Địa chỉ: Lô CN05, …, xã Yên" / "Trung, huyện Yên Phong, tỉnh Bắc Ninh.": the address wrapped onto the next line
  // ("Dia chỉ: …, P.Dong" / "Hai 2, Q.Hai An, TP Hai Phòng": its places shortened).
  const addressGoesOn = !blankSince && DETAIL_LABEL.test(first) && namesPlaces;
  return DETAIL_LABEL.test(stripDash(text)) || addressGoesOn || (blankSince && /:\s*\d+\s*$/.test(first) && namesPlaces);
}
