// Keeps the page current. Result changes come from the tally's stream (Server-Sent Events); turnout, which
// the stream does not carry, is read again every few seconds.

// The gateway answers published reads from a cache for 2 s: a read this long after a change surely shows it.
const GATEWAY_CACHE_MS = 2500;
// A busy stream (a commune's minutes at once) gives one refresh per this time at most: the overview costs
// one read per province, and the gateway allows each client a few hundred reads a minute.
const MIN_GAP_MS = 5000;

export class LiveUpdates {
  /**
   * @param streamUrl    the election's published stream
   * @param onUnitResult called with each changed unit's result, as it arrives
   * @param refresh      reads the overview again (progress, provinces, turnout)
   * @param pollTurnout  reads the turnout again
   * @param pollSeconds  how often to read the turnout; 0 for never
   * @param onState      'connecting' | 'live' | 'off'
   */
  constructor(streamUrl, { onUnitResult, refresh, pollTurnout, pollSeconds, onState }) {
    Object.assign(this, { streamUrl, onUnitResult, refresh, pollTurnout, pollSeconds, onState });
    this.lastRefresh = Date.now();
    this.lastChange = 0;
    this.timer = null;
  }

  start() {
    const source = new EventSource(this.streamUrl);
    // 'ready' comes once the stream is live, also after the browser reconnected by itself: read the overview
    // again so that nothing changed in the gap is missed
    source.addEventListener('ready', () => {
      this.onState('live');
      this.changed();
    });
    source.addEventListener('unit-result', (event) => {
      this.onUnitResult(JSON.parse(event.data));
      this.changed();
    });
    source.addEventListener('error', () => {
      this.onState(source.readyState === EventSource.CLOSED ? 'off' : 'connecting');
    });
    if (this.pollSeconds > 0) {
      setInterval(() => this.pollTurnout(), this.pollSeconds * 1000);
    }
  }

  changed() {
    this.lastChange = Date.now();
    this.schedule(Math.max(300, this.lastRefresh + MIN_GAP_MS - Date.now()));
  }

  schedule(wait) {
    if (this.timer === null) {
      this.timer = setTimeout(() => this.run(), wait);
    }
  }

  async run() {
    this.timer = null;
    const started = Date.now();
    this.lastRefresh = started;
    await this.refresh();
    // a change seen shortly before this read may have been answered from the gateway's older copy: once more
    if (this.lastChange > started - GATEWAY_CACHE_MS) {
      this.schedule(Math.max(this.lastChange + GATEWAY_CACHE_MS, started + MIN_GAP_MS) - Date.now());
    }
  }
}
