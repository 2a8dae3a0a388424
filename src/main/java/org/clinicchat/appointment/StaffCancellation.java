package org.clinicchat.appointment;

/**
 * An appointment that staff cancelled, with the id of its patient, whom the cancellation is emailed
 * to.
 *
 * @param patientId the patient identity's id
 * @param appointment the cancelled appointment
 */
record StaffCancellation(String patientId, BookedAppointment appointment) {}
