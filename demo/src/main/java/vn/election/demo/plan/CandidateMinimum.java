package vn.election.demo.plan;

import vn.election.events.Body;

/** C-7: the fewest candidates a unit's official list may have (số dư). */
public final class CandidateMinimum {

    private CandidateMinimum() {}

    /** NA: seats + 2; a People's Council: 1–2 seats + 1, 3 seats + 2, 4–5 seats + 3 (C-7). */
    public static int of(Body body, int seats) {
        if (body == Body.NATIONAL_ASSEMBLY) {
            return seats + 2;
        }
        return seats + (seats <= 2 ? 1 : seats == 3 ? 2 : 3);
    }
}
