package vn.lamtheobac.evaluation;

import java.time.OffsetDateTime;

/** A decided rating changed by a correction: from, to, the reason, who changed it and when. */
public record RatingCorrection(Rating from, Rating to, String reason, String by, OffsetDateTime at) {}
