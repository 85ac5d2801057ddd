// Vietnamese labels (with English hints) and number formats for the results page.

export const BODY_LABELS = {
  NATIONAL_ASSEMBLY: ['Quốc hội', 'National Assembly'],
  PROVINCIAL_COUNCIL: ['HĐND cấp tỉnh', 'provincial council'],
  DISTRICT_COUNCIL: ['HĐND cấp huyện', 'district council'],
  COMMUNE_COUNCIL: ['HĐND cấp xã', 'commune council'],
};

// The states of a unit (W-8); the legal reason itself comes with each result.
export const STATUS_LABELS = {
  FIRST_COUNT: ['Đang kiểm phiếu', 'counting'],
  VALID: ['Hợp lệ, đã xác định người trúng cử', 'valid'],
  NEEDS_REPEAT_ELECTION: ['Phải bầu lại', 'repeat election needed'],
  NEEDS_ADDITIONAL_ELECTION: ['Phải bầu thêm', 'additional election needed'],
  NEEDS_TIE_DECISION: ['Chờ quyết định khi bằng phiếu', 'tie awaiting decision'],
  REPEAT_ELECTION_COUNT: ['Đang kiểm phiếu bầu lại', 'counting the repeat election'],
  ADDITIONAL_ELECTION_COUNT: ['Đang kiểm phiếu bầu thêm', 'counting the additional election'],
  REPEAT_ELECTION_DONE: ['Đã bầu lại', 'repeat election held'],
  ADDITIONAL_ELECTION_DONE: ['Đã bầu thêm', 'additional election held'],
  FINAL: ['Kết quả cuối cùng', 'final'],
};

const integers = new Intl.NumberFormat('vi-VN');
// The API sends percentages already rounded per M-8 (two decimals, half up); they are only shown here.
const percents = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function count(n) { return integers.format(n ?? 0); }

export function percent(p) { return p == null ? '—' : `${percents.format(p)}%`; }

/** "1 / 2" with a thin look for phone screens. */
export function ofTotal(part, total) { return `${count(part)} / ${count(total)}`; }

export function labelled([vietnamese, english]) {
  const text = document.createDocumentFragment();
  text.append(`${vietnamese} `, hint(english));
  return text;
}

export function hint(english) {
  const small = document.createElement('small');
  small.lang = 'en';
  small.textContent = english;
  return small;
}

/** A time of the election's day, on the election's clock (Asia/Ho_Chi_Minh unless it says otherwise). */
export function clock(iso, timeZone) {
  if (!iso) {
    return '—';
  }
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: timeZone || 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit',
    day: '2-digit', month: '2-digit', year: 'numeric',
  }).format(new Date(iso));
}

/** The newest of some ISO times (nulls ignored). */
export function newest(...times) {
  return times.filter(Boolean).reduce((a, b) => (new Date(a) >= new Date(b) ? a : b), null);
}
