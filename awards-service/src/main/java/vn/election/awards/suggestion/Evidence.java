package vn.election.awards.suggestion;

/**
 * What the measured facts say about one collective for one kind of suggestion.
 *
 * @param met  whether the facts support the suggestion
 * @param text the facts, in Vietnamese, as an officer reads them
 */
record Evidence(boolean met, String text) {}
