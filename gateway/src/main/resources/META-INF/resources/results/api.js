// The public reads of one election, through the gateway (same origin, no token): the tally's published
// results, its live turnout and its list of units. The gateway maps /api/v1/tally/** to the tally's /api/v1/**.

/** A problem+json answer (RFC 9457), or a network failure, as an Error whose message a person can read. */
export class ProblemError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export class PublishedApi {
  constructor(electionId) {
    this.base = `/api/v1/tally/elections/${encodeURIComponent(electionId)}`;
  }

  election() { return this.get(''); }

  /** National progress per body (units, seats, "X of Y polling areas"). */
  nation() { return this.get('/published'); }

  /** One province's progress for one body; its first unit only, as the page wants the figures, not the list. */
  province(code, body) {
    return this.get(`/published/administrative-units/${encodeURIComponent(code)}?body=${body}&limit=1`);
  }

  /** Live turnout of the nation with its provinces as parts. */
  turnout() { return this.get('/turnout'); }

  units(body) { return this.get(`/units?body=${body}`); }

  unit(unitId) { return this.get(`/published/units/${encodeURIComponent(unitId)}`); }

  streamUrl() { return `${this.base}/published/stream`; }

  async get(path) {
    let response;
    try {
      // no-cache: the browser revalidates with If-None-Match every time (a 304 costs next to nothing), so that
      // a refresh after a change never shows the browser's own stale copy
      response = await fetch(this.base + path, { cache: 'no-cache', headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ProblemError(0, `Không kết nối được (network error): ${e.message}`);
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new ProblemError(response.status, problem.detail || problem.title || `HTTP ${response.status}`);
    }
    return response.json();
  }
}
