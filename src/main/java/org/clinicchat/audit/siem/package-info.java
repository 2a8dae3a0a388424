/**
 * Forwarding of audit events to a SIEM as RFC 5424 syslog messages over TCP, optionally TLS. The
 * forwarder never blocks or fails the request that recorded the event: it queues, and drops and
 * counts what does not fit.
 */
package org.clinicchat.audit.siem;
