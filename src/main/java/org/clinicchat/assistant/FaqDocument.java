package org.clinicchat.assistant;

import java.util.List;

/** The FAQ file as the clinic writes it: the entries and the fallback answer. */
public record FaqDocument(List<FaqEntry> entries, String fallback) {}
