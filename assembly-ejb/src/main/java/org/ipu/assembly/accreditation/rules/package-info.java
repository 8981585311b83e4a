/**
 * The accreditation's rules in plain Java: the kinds of check-in and the day each counts for, and
 * shares as the statistics show them.
 */
package org.ipu.assembly.accreditation.rules;
