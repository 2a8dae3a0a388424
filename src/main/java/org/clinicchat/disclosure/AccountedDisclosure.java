package org.clinicchat.disclosure;

import java.time.LocalDate;

/** One decrypted line of a patient's accounting of disclosures. */
public record AccountedDisclosure(
    LocalDate disclosedOn,
    String recipient,
    String description,
    DisclosurePurpose purpose,
    String recordedBy) {}
