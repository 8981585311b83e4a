/** What the accreditation boundaries share: badge tokens, check-in records, the live channel. */
package org.ipu.assembly.accreditation.control;
