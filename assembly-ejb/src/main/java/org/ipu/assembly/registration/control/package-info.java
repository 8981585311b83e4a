/**
 * What the registration boundary composes: the Assembly's registration settings as the rules'
 * limits and window, a delegation's composition checked against them, the audit entries of each
 * transition and the mails to the parliament's focal points; the retention purge of past
 * Assemblies' personal data ({@link org.ipu.assembly.registration.control.PersonalDataPurge}).
 */
package org.ipu.assembly.registration.control;
