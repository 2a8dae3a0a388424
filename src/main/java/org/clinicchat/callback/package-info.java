/**
 * Call-back requests: a patient whose handoff no staff member took within the wait limit leaves a
 * phone number and a time of day, and staff on duty call back. Phone numbers are stored encrypted
 * under the conversation's data key; nothing here writes the chat itself.
 */
package org.clinicchat.callback;
