package org.clinicchat.education;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one MedQuAD XML document: {@code <Document id source url>} with its {@code <Focus>}, the
 * focus's UMLS concept identifiers ({@code <CUI>}) and synonyms, and {@code <QAPair pid>} elements
 * of a {@code <Question qtype>} and an {@code <Answer>}. Pairs without answer text are skipped,
 * because there is nothing to show. DTDs and external entities are disabled, so a document cannot
 * make the reader open other files.
 */
final class MedQuadReader {

  private static final XMLInputFactory FACTORY = secureFactory();

  private MedQuadReader() {}

  /** Returns the pairs of the document that have answer text, in document order. */
  static List<EducationAnswer> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return readDocument(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("Invalid MedQuAD XML in " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<EducationAnswer> readDocument(XMLStreamReader xml) throws XMLStreamException {
    String documentId = null;
    String source = null;
    String url = null;
    String focus = "";
    List<String> conceptIds = new ArrayList<>();
    List<String> synonyms = new ArrayList<>();
    String pairId = null;
    String question = "";
    String questionType = "";
    List<EducationAnswer> answers = new ArrayList<>();
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "Document" -> {
          documentId = xml.getAttributeValue(null, "id");
          source = xml.getAttributeValue(null, "source");
          url = xml.getAttributeValue(null, "url");
        }
        case "Focus" -> focus = xml.getElementText().trim();
        case "CUI" -> {
          String conceptId = xml.getElementText().trim();
          if (!conceptId.isEmpty()) {
            conceptIds.add(conceptId);
          }
        }
        case "Synonym" -> synonyms.add(xml.getElementText().trim());
        case "QAPair" -> pairId = xml.getAttributeValue(null, "pid");
        case "Question" -> {
          questionType = String.valueOf(xml.getAttributeValue(null, "qtype"));
          question = xml.getElementText().trim();
        }
        case "Answer" -> {
          String text = xml.getElementText().trim();
          if (!text.isEmpty() && documentId != null && source != null && pairId != null) {
            answers.add(
                new EducationAnswer(
                    EducationAnswer.answerId(source, documentId, pairId),
                    source,
                    url,
                    focus,
                    conceptIds,
                    synonyms,
                    question,
                    questionType,
                    text,
                    List.of()));
          }
        }
        default -> {
          // Other elements (semantic types and groups) are not used for retrieval.
        }
      }
    }
    return answers;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
