/**
 * The clinic's privacy and security policy: versions edited by the privacy officer, each staff
 * member's acknowledgements, and the gate that keeps PHI pages closed until the current version is
 * acknowledged, and again a year later. The policy is the clinic's text, never PHI.
 */
package org.clinicchat.policy;
