package org.clinicchat.education;

/**
 * One answer that a search found, with its score; a higher score ranks first.
 *
 * @param focusNamed whether the question, after spelling correction, names this answer's focus or a
 *     synonym as whole words, or names another candidate's focus of the same UMLS concept, unless
 *     that concept is on more than {@code EducationSearch.MAX_CONCEPT_ANSWERS} answers. The chat
 *     shows an answer only then, so that a question about one condition never gets an answer about
 *     another that merely shares words with it.
 */
public record EducationHit(EducationAnswer answer, float score, boolean focusNamed) {}
