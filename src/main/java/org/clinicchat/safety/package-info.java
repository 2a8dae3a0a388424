/**
 * Checks that run on a patient's message before the assistant answers it: the emergency screen, the
 * refusal to diagnose or prescribe, and the masking of numbers that must not be stored. No class
 * here stores or logs message text.
 */
package org.clinicchat.safety;
