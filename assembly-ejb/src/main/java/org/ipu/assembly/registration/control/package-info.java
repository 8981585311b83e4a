/**
 * What the registration boundary composes: the Assembly's registration settings as the rules'
 * limits and window, a delegation's composition checked against them, who may change a delegation
 * now and what a change does ({@link org.ipu.assembly.registration.control.DelegationChanges}), the
 * participants' badge photos as stored, the audit entries of each transition and the mails to the
 * parliament's focal points; the retention purge of past Assemblies' personal data ({@link
 * org.ipu.assembly.registration.control.PersonalDataPurge}).
 */
package org.ipu.assembly.registration.control;
