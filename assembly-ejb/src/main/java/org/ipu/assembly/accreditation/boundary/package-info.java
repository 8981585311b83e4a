/**
 * The accreditation's entry points: badge printing and check-in for the Secretariat's desks, the
 * list of participants, visa-support letters and the statistics. Personal data (names, photos,
 * dates of birth) reaches the Secretariat and a parliament's own focal points only; the published
 * list holds only those who consented, to the audience they consented to.
 */
package org.ipu.assembly.accreditation.boundary;
