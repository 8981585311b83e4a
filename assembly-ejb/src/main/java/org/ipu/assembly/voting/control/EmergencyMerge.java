package org.ipu.assembly.voting.control;

import java.util.List;

/**
 * Requests of a draft emergency item selection that their sponsors merged (Assembly Rule 11.2(c)):
 * they are voted as one.
 *
 * @param requests the labels of two or more requests that stand (e.g. "B" and "C")
 * @param title the merged request's title; absent for the first one's
 */
public record EmergencyMerge(List<String> requests, String title) {}
