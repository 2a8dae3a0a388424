package org.clinicchat.breach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's contact details for breach notices, from MicroProfile Config. They have no defaults:
 * a letter with a made-up number would mislead patients, so without them no letter is produced.
 */
@ApplicationScoped
public class ClinicContactSettings {

  static final String NAME = "clinicchat.clinic.name";
  static final String TOLL_FREE_NUMBER = "clinicchat.breach.contact.toll-free-number";
  static final String EMAIL = "clinicchat.breach.contact.email";
  static final String WEBSITE = "clinicchat.breach.contact.website";
  static final String POSTAL_ADDRESS = "clinicchat.breach.contact.postal-address";

  @Inject
  @ConfigProperty(name = NAME)
  Optional<String> clinicName;

  @Inject
  @ConfigProperty(name = TOLL_FREE_NUMBER)
  Optional<String> tollFreeNumber;

  @Inject
  @ConfigProperty(name = EMAIL)
  Optional<String> email;

  @Inject
  @ConfigProperty(name = WEBSITE)
  Optional<String> website;

  @Inject
  @ConfigProperty(name = POSTAL_ADDRESS)
  Optional<String> postalAddress;

  /**
   * Returns the contact details.
   *
   * @throws InvalidIncidentException naming the properties to set when one is missing
   */
  public ClinicContact contact() {
    if (clinicName.isEmpty() || tollFreeNumber.isEmpty()) {
      throw new InvalidIncidentException(
          "Notice letter: set " + NAME + " and " + TOLL_FREE_NUMBER + " in the server settings.");
    }
    if (email.isEmpty() && website.isEmpty() && postalAddress.isEmpty()) {
      throw new InvalidIncidentException(
          "Notice letter: set at least one of "
              + EMAIL
              + ", "
              + WEBSITE
              + " and "
              + POSTAL_ADDRESS
              + " in the server settings.");
    }
    return new ClinicContact(clinicName.get(), tollFreeNumber.get(), email, website, postalAddress);
  }
}
