package org.clinicchat.breach;

import java.util.Optional;

/**
 * The clinic's contact details for questions about a breach, which a notice letter must state under
 * 45 CFR 164.404(c)(1)(E): a toll-free telephone number plus an email address, website or postal
 * address.
 *
 * @param email empty if the clinic gives none
 * @param website empty if the clinic gives none
 * @param postalAddress empty if the clinic gives none
 */
public record ClinicContact(
    String clinicName,
    String tollFreeNumber,
    Optional<String> email,
    Optional<String> website,
    Optional<String> postalAddress) {

  /**
   * Checks that the required details are present.
   *
   * @throws IllegalArgumentException naming the missing detail
   */
  public ClinicContact {
    if (clinicName == null || clinicName.isBlank()) {
      throw new IllegalArgumentException("The clinic name is missing");
    }
    if (tollFreeNumber == null || tollFreeNumber.isBlank()) {
      throw new IllegalArgumentException("The toll-free telephone number is missing");
    }
    if (email.isEmpty() && website.isEmpty() && postalAddress.isEmpty()) {
      throw new IllegalArgumentException(
          "An email address, website or postal address is missing: give at least one");
    }
  }
}
