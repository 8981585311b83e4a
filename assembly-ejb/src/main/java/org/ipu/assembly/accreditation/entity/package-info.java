/**
 * Badges and check-ins as stored; both go with the participant when its personal data is purged.
 */
package org.ipu.assembly.accreditation.entity;
