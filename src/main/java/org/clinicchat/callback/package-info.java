/**
 * Call-back requests: a patient whom no staff member answered within the handoff wait limit leaves
 * a phone number and a time of day, and staff on duty call back. Phone numbers are stored encrypted
 * under the conversation's data key; nothing here writes the chat itself.
 */
package org.clinicchat.callback;
