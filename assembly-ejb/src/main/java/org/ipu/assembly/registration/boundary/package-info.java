/**
 * The registration's facade ({@link org.ipu.assembly.registration.boundary.Registrations}): a
 * parliament's focal points (for their own parliament) and the Secretariat (for any) read and
 * change a delegation and its participants' badge photos; the Secretariat's queue, approval and
 * return ({@link org.ipu.assembly.registration.boundary.RegistrationQueue}), and the deletion of
 * past Assemblies' personal data once their retention period is over ({@link
 * org.ipu.assembly.registration.boundary.PersonalDataRetention}). Personal data in it, photos
 * included, is handed out only to them.
 */
package org.ipu.assembly.registration.boundary;
