/**
 * Patient education from MedQuAD, the NIH question-answer collection: the importer, the Lucene
 * index and its search, and the LiveQA evaluation of that search. Plain Java and Lucene only, so
 * the command-line tools run without the server; answers are shown as written, with their source.
 */
package org.clinicchat.education;
