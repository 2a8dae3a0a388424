package org.clinicchat.appointment;

/** How many days the staff calendar shows at once. */
public enum CalendarSpan {
  /** One calendar day in the clinic's zone. */
  DAY(1),
  /** Monday to Sunday in the clinic's zone. */
  WEEK(7);

  private final int days;

  CalendarSpan(int days) {
    this.days = days;
  }

  /** Returns the number of calendar days shown. */
  public int days() {
    return days;
  }
}
