/**
 * Delegation registration on the web: {@code /api/registrations} for focal points and the
 * Secretariat (the participants' badge photos included, uploaded as image files), the focal point's
 * delegation page with its photo dialog, and the Secretariat's queue.
 */
package org.ipu.assembly.web.registration;
