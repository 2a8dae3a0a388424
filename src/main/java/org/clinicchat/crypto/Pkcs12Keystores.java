package org.clinicchat.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Reads PKCS12 keystores, which hold every key ClinicChat uses, from outside the WAR. */
public final class Pkcs12Keystores {

  private Pkcs12Keystores() {}

  /**
   * Reads a keystore file.
   *
   * @param property the configuration property that names the file, for the error message
   * @throws KeyNotFoundException if the file is missing, unreadable or the password is wrong
   */
  public static KeyStore read(Path file, char[] password, String property) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyNotFoundException(
          "Cannot read the PKCS12 keystore named by " + property + "; check the file and password",
          e);
    }
  }
}
