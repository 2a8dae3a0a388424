/**
 * Outgoing email through Jakarta Mail, configured with MicroProfile Config. Callers pass the text;
 * nothing here decides what is sent, and no message may carry PHI, because email leaves the
 * clinic's control.
 */
package org.clinicchat.mail;
