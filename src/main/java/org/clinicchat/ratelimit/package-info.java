/**
 * Rate limits on the API calls that anyone may make without a token: recording a consent (which
 * issues a patient token) and general questions. Limits are kept per client address in memory, so
 * they hold per server, and nothing about the caller but the address is kept.
 */
package org.clinicchat.ratelimit;
