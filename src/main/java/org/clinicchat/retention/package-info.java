/**
 * Retention of patient data: rules per kind of data, legal holds that stop deletion, the scheduled
 * job that erases expired transcripts by crypto-shredding, and a receipt for every erasure.
 */
package org.clinicchat.retention;
