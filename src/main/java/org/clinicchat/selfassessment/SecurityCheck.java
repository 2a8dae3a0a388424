package org.clinicchat.selfassessment;

/**
 * The result of one safeguard check: its id (stable, for scripts and tests), what it checks,
 * whether it passed, what was found, and what to do when it failed.
 */
public record SecurityCheck(
    String id, String safeguard, boolean passed, String finding, String remedy) {

  static SecurityCheck pass(String id, String safeguard, String finding) {
    return new SecurityCheck(id, safeguard, true, finding, "");
  }

  static SecurityCheck fail(String id, String safeguard, String finding, String remedy) {
    return new SecurityCheck(id, safeguard, false, finding, remedy);
  }
}
