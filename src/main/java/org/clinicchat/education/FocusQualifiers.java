package org.clinicchat.education;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The qualifier parts of MedQuAD focus names. Many names join parts with " - ": a subject and a
 * qualifier ("Heart attack - discharge", "Shingles vaccine - what you need to know"), or a category
 * and a subject ("Parasites - Enterobiasis"). A part that recurs in {@link #MIN_NAMES} or more
 * names and is no focus name of its own ("discharge" in 121 names, "what to ask your doctor" in 48,
 * "children" in 26) names no disease or drug. A patient who writes "discharge" or "ask your doctor"
 * means none of those subjects, so such a part neither counts as a name of the focus nor matches in
 * the focus field.
 */
final class FocusQualifiers {

  /**
   * Minimum number of focus names that a qualifier part recurs in. In MedQuAD, parts of exactly two
   * names are mostly subjects, such as "heart disease" or "poison ivy".
   */
  static final int MIN_NAMES = 3;

  static final String SEPARATOR = " - ";

  private final Set<String> parts;

  private FocusQualifiers(Set<String> parts) {
    this.parts = Set.copyOf(parts);
  }

  /** No qualifiers: every part of a name counts, as in an index imported before they existed. */
  static FocusQualifiers none() {
    return new FocusQualifiers(Set.of());
  }

  /** Finds the qualifier parts among the distinct focus names of one import. */
  static FocusQualifiers find(Collection<String> focusNames) {
    Set<String> names = new HashSet<>();
    for (String focus : focusNames) {
      names.add(key(focus));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String name : names) {
      List<String> nameParts = List.of(name.split(SEPARATOR));
      if (nameParts.size() > 1) {
        for (String part : new HashSet<>(nameParts)) {
          counts.merge(part, 1, Integer::sum);
        }
      }
    }
    Set<String> qualifiers = new HashSet<>();
    counts.forEach(
        (part, count) -> {
          if (count >= MIN_NAMES && !names.contains(part)) {
            qualifiers.add(part);
          }
        });
    return new FocusQualifiers(qualifiers);
  }

  /** Reads qualifiers that {@link #toText} wrote, one per line. */
  static FocusQualifiers fromText(String text) {
    return new FocusQualifiers(
        text.lines().filter(line -> !line.isBlank()).collect(Collectors.toSet()));
  }

  /** Writes the qualifiers one per line, sorted, for the index's commit data. */
  String toText() {
    return String.join("\n", new TreeSet<>(parts));
  }

  /** Returns whether a part of a focus name is a qualifier. */
  boolean isQualifier(String part) {
    return parts.contains(key(part));
  }

  /**
   * Returns the focus name without its qualifier parts, or the whole name if all are qualifiers.
   */
  String subject(String focus) {
    List<String> kept =
        Arrays.stream(focus.split(SEPARATOR)).filter(part -> !isQualifier(part)).toList();
    return kept.isEmpty() ? focus : String.join(SEPARATOR, kept);
  }

  private static String key(String part) {
    return part.trim().toLowerCase(Locale.ROOT);
  }
}
