/**
 * The web tier's floor, shared by every component and knowing none of them: the REST application
 * and its body limit ({@code rest}), the one error contract of the API ({@code errors}), the four
 * languages ({@code i18n}), who is signed in ({@code security}) and the live channels to screens
 * ({@code push}).
 */
package org.ipu.assembly.web.platform;
