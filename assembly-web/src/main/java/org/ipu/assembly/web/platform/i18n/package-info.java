/**
 * The four interpretation languages of the Assembly (English, French, Spanish, Arabic written right
 * to left): which one a page or an API answer uses, and the resource bundle every word comes from.
 */
package org.ipu.assembly.web.platform.i18n;
