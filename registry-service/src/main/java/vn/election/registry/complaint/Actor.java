package vn.election.registry.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Who takes a step of a complaint's workflow and when (D-36): the token's subject and organization, the instant,
 * and the day it is on the election's clock (the days of V-8 and R-3 count in those).
 */
record Actor(String subject, UUID organization, OffsetDateTime at, LocalDate today) {}
