package org.clinicchat.appointment;

import java.util.List;

/**
 * The slots offered for a request, best match first, and a sentence for the patient about them.
 *
 * @param slots up to three free slots; empty when none matched or the request was rejected
 * @param text what to tell the patient: the day and time understood, the slots, or why none
 * @param understood whether the request could be read; false for a date that does not exist or has
 *     passed, when nothing is offered
 */
public record SlotOffer(List<Slot> slots, String text, boolean understood) {}
