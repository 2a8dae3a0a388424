package org.clinicchat.assistant;

import java.util.List;

/**
 * One answer of the clinic's FAQ: a topic id, the phrases and words that ask for it, and the answer
 * text the clinic wrote.
 */
public record FaqEntry(String topic, List<String> phrases, String answer) {}
