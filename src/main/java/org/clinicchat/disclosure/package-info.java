/**
 * The HIPAA accounting of disclosures (45 CFR 164.528): a ledger of PHI disclosed outside
 * treatment, payment and health care operations, and the report a patient may request of the six
 * years before the request. Recipients and descriptions are stored encrypted; entries are never
 * changed or deleted.
 */
package org.clinicchat.disclosure;
