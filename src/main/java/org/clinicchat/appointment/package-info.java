/**
 * Appointments: the clinic's providers, visit types, locations and weekly schedules with closures,
 * the slots they produce, and booking, rescheduling and cancelling by a patient whose identity was
 * verified by name, date of birth and an emailed one-time code, through the API or a dialogue in
 * the chat. Instants are stored in UTC; every time shown to a person is in the clinic's zone
 * ({@code clinicchat.clinic.time-zone}), with the zone named. Staff calendar pages do not belong
 * here yet.
 */
package org.clinicchat.appointment;
