// The results page: /results/?election=<id>[&body=<BODY>][&unit=<unit id>][&poll=<seconds>]
// National and per-province turnout and progress, one unit's candidates and winners, kept live from the
// tally's stream of changes. Reads only public APIs through the gateway.
import { PublishedApi } from './api.js';
import { clock, newest } from './format.js';
import { LiveUpdates } from './live.js';
import {
  $, renderBodies, renderBodyChoices, renderProvinces, renderTurnout, renderUnit, renderUnitChoices,
} from './render.js';

const DEFAULT_POLL_SECONDS = 30;

class ResultsPage {
  constructor(api, election, params) {
    this.api = api;
    this.election = election;
    this.body = election.bodies.includes(params.get('body')) ? params.get('body') : election.bodies[0];
    this.unitId = params.get('unit');
    this.provinces = [];
    this.provinceProgress = new Map();
    this.times = {};
    this.shown = null;
  }

  async open() {
    $('election-name').textContent = `${this.election.name} · ${this.election.electionDay}`;
    document.title = `${this.election.drill ? 'DIỄN TẬP · ' : ''}${this.election.name} · Kết quả bầu cử`;
    // D-28: a drill's results are never to be taken for real ones
    $('drill-banner').hidden = !this.election.drill;
    renderBodyChoices(this.election.bodies, this.body);
    $('body').addEventListener('change', (e) => this.guard(this.chooseBody(e.target.value)));
    $('unit').addEventListener('change', (e) => this.guard(this.chooseUnit(e.target.value)));
    await Promise.all([this.refreshOverview(), this.loadUnits()]);
    $('results').hidden = false;
  }

  /** Progress per body, turnout and the provinces (each province's progress for the chosen body). */
  async refreshOverview() {
    const [nation] = await Promise.all([this.api.nation(), this.refreshTurnout()]);
    renderBodies(nation.bodies);
    this.stamp('results', nation.lastUpdate);
    const counted = await Promise.all(this.provinces.map((p) => this.api.province(p.administrativeUnitCode, this.body)));
    this.provinceProgress = new Map(counted.map((c) => [c.administrativeUnitCode,
      c.bodies.find((b) => b.body === this.body)]));
    renderProvinces(this.provinces, this.provinceProgress);
  }

  async refreshTurnout() {
    const turnout = await this.api.turnout();
    renderTurnout(turnout);
    this.provinces = turnout.parts;
    renderProvinces(this.provinces, this.provinceProgress);
    this.stamp('turnout', turnout.figures.lastReportAt);
  }

  async chooseBody(body) {
    this.body = body;
    this.unitId = null;
    await Promise.all([this.loadUnits(), this.refreshOverview()]);
  }

  async loadUnits() {
    const units = await this.api.units(this.body);
    if (!units.some((u) => u.id === this.unitId)) {
      this.unitId = units.length ? units[0].id : null;
    }
    renderUnitChoices(units, this.unitId);
    $('unit-result').hidden = this.unitId === null;
    if (this.unitId !== null) {
      await this.chooseUnit(this.unitId);
    }
  }

  async chooseUnit(unitId) {
    this.unitId = unitId;
    this.remember();
    this.showUnit(await this.api.unit(unitId));
  }

  /** A changed unit's result from the stream: drawn at once when it is the unit on screen. */
  unitChanged(result) {
    if (result.unitId === this.unitId) {
      this.showUnit(result);
    }
  }

  showUnit(result) {
    // a slower read (or the gateway's copy of up to 2 s) must not draw an older result over a newer one from
    // the stream, nor a unit that is no longer the one chosen
    const shown = this.shown;
    if (result.unitId !== this.unitId || (shown && shown.unitId === result.unitId
        && newest(shown.progress.lastUpdate, result.progress.lastUpdate) !== result.progress.lastUpdate)) {
      return;
    }
    this.shown = result;
    renderUnit(result, this.election.timeZone);
    this.stamp('unit', result.progress.lastUpdate);
  }

  /** The newest time any figure on screen changed at the source. */
  stamp(part, time) {
    this.times[part] = time;
    const last = newest(...Object.values(this.times));
    $('last-update').textContent = clock(last, this.election.timeZone);
    if (last) {
      $('last-update').dateTime = last;
    }
  }

  /** The choice goes into the address, so that the page can be shared or reloaded as it is. */
  remember() {
    const url = new URL(location.href);
    url.searchParams.set('body', this.body);
    url.searchParams.set('unit', this.unitId);
    history.replaceState(null, '', url);
  }

  guard(promise) {
    return promise.then(() => showProblem(null), showProblem);
  }
}

function showProblem(error) {
  $('problem').hidden = !error;
  $('problem').textContent = error ? `Không đọc được kết quả (could not read the results): ${error.message}` : '';
}

function streamState(state) {
  const labels = { live: 'Trực tiếp (live)', connecting: 'Đang kết nối lại (reconnecting)', off: 'Mất kết nối (offline)' };
  $('stream-state').dataset.state = state;
  $('stream-state').textContent = labels[state];
}

async function main() {
  const params = new URLSearchParams(location.search);
  const electionId = params.get('election');
  if (!electionId) {
    // no public list of elections to choose from: the id comes from the link or is typed in
    $('pick-election').hidden = false;
    streamState('off');
    return;
  }
  const api = new PublishedApi(electionId);
  const page = new ResultsPage(api, await api.election(), params);
  await page.open();
  const poll = params.has('poll') ? Number(params.get('poll')) : DEFAULT_POLL_SECONDS;
  new LiveUpdates(api.streamUrl(), {
    onUnitResult: (result) => page.unitChanged(result),
    refresh: () => page.guard(page.refreshOverview()),
    pollTurnout: () => page.guard(page.refreshTurnout()),
    pollSeconds: Number.isFinite(poll) ? poll : DEFAULT_POLL_SECONDS,
    onState: streamState,
  }).start();
}

main().catch((error) => {
  // most likely a mistyped id, or an election the tally has not learned of yet: ask again
  $('pick-election').hidden = false;
  streamState('off');
  showProblem(error);
});
