// Draws the figures into the page. Text only goes in through textContent: names come from the API.
import { BODY_LABELS, STATUS_LABELS, clock, count, hint, labelled, ofTotal, percent } from './format.js';

/** The page element with this id. */
export const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings or nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  node.append(...children);
  return node;
}

/** National turnout: the share of the voters on the lists who have voted, and how many areas reported. */
export function renderTurnout(summary) {
  const f = summary.figures;
  $('national-turnout').textContent = percent(f.turnoutPercent);
  $('national-voters').replaceChildren(`${ofTotal(f.voted, f.votersOnList)} cử tri `, hint('voters'));
  $('national-turnout-areas').replaceChildren(
    `${ofTotal(f.pollingAreasReported, f.pollingAreasTotal)} khu vực bỏ phiếu đã báo cáo `,
    hint('polling areas reporting turnout'));
}

/** One card per body: "X of Y polling areas reported", units decided, seats filled, provisional or certified. */
export function renderBodies(bodies) {
  $('body-progress').replaceChildren(...bodies.map((b) => el('article',
    { class: 'card', 'data-testid': `progress-${b.body}` },
    el('h3', {}, labelled(BODY_LABELS[b.body] || [b.body, ''])),
    el('p', { class: 'figure', 'data-testid': `progress-${b.body}-areas` },
      ofTotal(b.pollingAreasReported, b.pollingAreasTotal)),
    el('p', {}, 'khu vực bỏ phiếu đã có kết quả ', hint('polling areas reported')),
    el('p', { 'data-testid': `progress-${b.body}-units` },
      `${ofTotal(b.unitsDetermined, b.units)} đơn vị đã xác định kết quả `, hint('units decided')),
    el('p', { 'data-testid': `progress-${b.body}-seats` },
      `${ofTotal(b.elected, b.seats)} ghế có người trúng cử `, hint('seats filled')),
    el('p', {}, b.provisional ? 'Kết quả tạm thời ' : 'Đã xác nhận toàn bộ ',
      hint(b.provisional ? 'provisional' : 'all certified')))));
}

/**
 * The provinces with their turnout and, for the chosen body, how many polling areas have counted.
 *
 * @param parts    the provinces of the national turnout
 * @param progress per province code, the body's progress there (may lag the turnout by one refresh)
 */
export function renderProvinces(parts, progress) {
  $('provinces').replaceChildren(...parts.map((p) => {
    const counted = progress.get(p.administrativeUnitCode);
    return el('tr', { 'data-testid': `province-${p.administrativeUnitCode}` },
      el('th', { scope: 'row' }, p.name || p.administrativeUnitCode),
      el('td', { class: 'num', 'data-testid': `province-${p.administrativeUnitCode}-turnout` },
        percent(p.figures.turnoutPercent), el('small', {}, ofTotal(p.figures.voted, p.figures.votersOnList))),
      el('td', { class: 'num', 'data-testid': `province-${p.administrativeUnitCode}-areas` },
        counted ? ofTotal(counted.pollingAreasReported, counted.pollingAreasTotal) : '—'));
  }));
}

export function renderBodyChoices(bodies, chosen) {
  $('body').replaceChildren(...bodies.map((b) => {
    const [vietnamese, english] = BODY_LABELS[b] || [b, ''];
    return el('option', { value: b, ...(b === chosen ? { selected: '' } : {}) }, `${vietnamese} (${english})`);
  }));
}

export function renderUnitChoices(units, chosen) {
  $('unit').replaceChildren(...units.map((u) => el('option', { value: u.id, ...(u.id === chosen ? { selected: '' } : {}) },
    `${u.administrativeUnitCode} · ${u.name} (${u.seats} ghế)`)));
}

/** A unit's result: its state with the legal reason, progress, totals and candidates with the elected marked. */
export function renderUnit(result, timeZone) {
  $('unit-name').textContent = `${result.name} · ${result.administrativeUnitCode} · ${result.seats} ghế (seats)`;
  const status = $('unit-status');
  status.dataset.status = result.status;
  status.replaceChildren(labelled(STATUS_LABELS[result.status] || [result.status, '']));
  $('unit-certification').replaceChildren(...(result.provisional
    ? ['Tạm thời ', hint('provisional')]
    : [`Đã xác nhận ${clock(result.certifiedAt, timeZone)} `, hint('certified')]));
  $('unit-reason').textContent = result.reason || '';
  $('unit-progress').replaceChildren(
    `${ofTotal(result.progress.pollingAreasReported, result.progress.pollingAreasTotal)} khu vực bỏ phiếu đã có kết quả `,
    hint('polling areas reported'));
  const t = result.totals;
  $('unit-totals').replaceChildren(`Đi bầu ${percent(t.turnoutPercent)} (${ofTotal(t.votersParticipated, t.totalVoters)}), `
    + `phiếu hợp lệ ${count(t.valid)}, không hợp lệ ${count(t.invalid)} `, hint('turnout, valid, invalid ballots'));
  $('candidates').replaceChildren(...result.candidates.map((c) => el('tr',
    { class: c.elected ? 'elected' : '', 'data-testid': `candidate-${c.candidateId}` },
    el('td', {}, c.fullName),
    // a winner of an earlier round (W-5 bầu thêm) is not on this round's ballot: no votes of this round to show
    el('td', { class: 'num' }, c.votes == null ? '—' : count(c.votes)),
    el('td', { class: 'num' }, c.percentOfValid == null ? '—' : percent(c.percentOfValid)),
    el('td', {}, ...(c.elected ? electedMark(c, result.round) : []), ...notRecognizedMark(c)))));
}

/** C-5 found after the vote: recognized as elected at no level, the seat vacant (D-40). */
function notRecognizedMark(candidate) {
  return candidate.notRecognized == null ? []
    : [el('span', { class: 'not-recognized' }, 'Không được công nhận trúng cử'), ' ', hint(candidate.notRecognized)];
}

function electedMark(candidate, currentRound) {
  const earlier = candidate.electedInRound != null && candidate.electedInRound !== currentRound;
  return [el('span', { class: 'elected-mark' }, earlier ? `✔ Trúng cử vòng ${candidate.electedInRound}` : '✔ Trúng cử'),
    ' ', hint(earlier ? `elected in round ${candidate.electedInRound}` : 'elected')];
}
