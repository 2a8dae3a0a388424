/**
 * The security self-assessment: a page that checks, each time it is opened, the safeguards an
 * administrator or privacy officer must keep in place (TLS, keys, settings, the audit chain,
 * backups, two-step sign-in, access reviews, policy acknowledgements), and gives what to do about
 * each one that fails. It supports the periodic evaluation that the HIPAA Security Rule requires.
 */
package org.clinicchat.selfassessment;
