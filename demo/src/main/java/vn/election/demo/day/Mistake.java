package vn.election.demo.day;

import vn.election.events.Rule;

/**
 * Minutes a team gets wrong on purpose, and the check of M-9 that must catch them (CK-1, CK-3, CK-6 ...),
 * or, for {@code check == null}, a slip no arithmetic check can see, corrected after acceptance with a reason.
 *
 * @param wrong   what the team first submits
 * @param right   what it submits after the answer
 * @param check   the rule the tally must answer with (422, its id as the code), or null
 * @param slip    what went wrong, as the team would say it (it is the correction's reason)
 */
public record Mistake(Count wrong, Count right, Rule check, String slip) {}
