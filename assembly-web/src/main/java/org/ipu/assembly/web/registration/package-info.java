/**
 * Delegation registration on the web: {@code /api/registrations} for focal points and the
 * Secretariat (the participants' badge photos included, uploaded as image files), the focal point's
 * delegation page with its photo dialog, the Secretariat's queue, and the deletion of past
 * Assemblies' personal data once their retention period is over ({@code
 * /api/registrations/retention} and {@code secretariat/retention.xhtml}).
 */
package org.ipu.assembly.web.registration;
