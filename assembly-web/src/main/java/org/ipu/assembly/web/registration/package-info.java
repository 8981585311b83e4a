/**
 * Delegation registration on the web: {@code /api/registrations} for focal points and the
 * Secretariat, the focal point's delegation page and the Secretariat's queue.
 */
package org.ipu.assembly.web.registration;
