// The voter look-up page: asks the registry (through the gateway) where and when a citizen votes and for whom,
// and shows the answer. No build step; every text the registry returns is written as text, never as HTML.
const BODY_NAMES = {
  NATIONAL_ASSEMBLY: 'Đại biểu Quốc hội',
  PROVINCIAL_COUNCIL: 'Đại biểu Hội đồng nhân dân tỉnh',
  DISTRICT_COUNCIL: 'Đại biểu Hội đồng nhân dân huyện',
  COMMUNE_COUNCIL: 'Đại biểu Hội đồng nhân dân xã',
};

const $ = (id) => document.getElementById(id);

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function vietnameseDate(iso) {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function hours(time) {
  return time.slice(0, 5);
}

function showProblem(message) {
  $('answer').hidden = true;
  const problem = $('problem');
  problem.textContent = message;
  problem.hidden = false;
}

function candidate(c) {
  const item = element('article', null, { class: 'candidate', 'data-testid': 'candidate' });
  item.append(element('h4', c.fullName, { 'data-testid': 'candidate-name' }));
  item.append(element('p', `Ngày sinh: ${vietnameseDate(c.birthDate)} · Dân tộc: ${c.ethnicity}`, { class: 'muted' }));
  item.append(element('p', `Nghề nghiệp, chức vụ: ${c.occupation}, ${c.workplace}`, { class: 'muted' }));
  item.append(element('p', `Trình độ: ${c.education}`, { class: 'muted' }));
  item.append(element('p', `Tiểu sử tóm tắt: ${c.biography}`));
  item.append(element('p', c.actionProgramme
      ? `Chương trình hành động: ${c.actionProgramme}`
      : 'Chương trình hành động: chưa công bố', { 'data-testid': 'action-programme' }));
  return item;
}

function ballot(b) {
  const section = element('section', null, { class: 'ballot', 'data-testid': `ballot-${b.body}` });
  section.append(element('h3', `Phiếu bầu ${BODY_NAMES[b.body] || b.body}`));
  section.append(element('p', `${b.electoralUnitName} · số đại biểu được bầu: ${b.seats}`, { class: 'muted' }));
  if (!b.listPublished) {
    section.append(element('p', 'Danh sách chính thức những người ứng cử chưa được công bố.'));
    return section;
  }
  section.append(element('p', `Danh sách chính thức: ${b.candidates.length} người ứng cử`));
  b.candidates.forEach((c) => section.append(candidate(c)));
  return section;
}

function show(place) {
  $('problem').hidden = true;
  $('answer').querySelector('[data-testid="area-name"]').textContent = place.pollingAreaName;
  $('answer').querySelector('[data-testid="station"]').textContent = place.stationAddress;
  $('answer').querySelector('[data-testid="voting-day"]').textContent = vietnameseDate(place.votingDay);
  $('answer').querySelector('[data-testid="voting-hours"]').textContent =
      `Từ ${hours(place.opensAt)} đến ${hours(place.closesAt)}`;
  $('ballots').replaceChildren(...place.ballots.map(ballot));
  $('answer').hidden = false;
}

async function ask(event) {
  event.preventDefault();
  const form = $('ask');
  if (!form.checkValidity()) {
    showProblem('Vui lòng nhập mã cuộc bầu cử, số định danh cá nhân (12 chữ số) và ngày sinh.');
    return;
  }
  const election = $('election').value.trim();
  let response;
  try {
    response = await fetch(`/api/v1/registry/elections/${encodeURIComponent(election)}/voter-lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ citizenId: $('citizen-id').value.trim(), birthDate: $('birth-date').value }),
    });
  } catch (e) {
    showProblem('Không kết nối được máy chủ. Vui lòng thử lại sau.');
    return;
  }
  if (response.status === 404) {
    showProblem('Không tìm thấy cử tri với số định danh và ngày sinh này trong cuộc bầu cử.');
  } else if (response.status === 429) {
    showProblem('Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút.');
  } else if (!response.ok) {
    showProblem('Không tra cứu được. Vui lòng kiểm tra thông tin đã nhập.');
  } else {
    show(await response.json());
  }
}

const params = new URLSearchParams(window.location.search);
if (params.get('election')) $('election').value = params.get('election');
$('ask').addEventListener('submit', ask);
