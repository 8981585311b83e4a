/**
 * Documents: PDF files rendered from XHTML templates, for every component that prints (records of
 * votes today; badges, lists of participants, letters and resolution texts next).
 *
 * <p>A template is a FreeMarker {@code .ftlx} file next to the class that names it (see {@link
 * org.ipu.assembly.platform.documents.DocumentTemplate}). The {@code .ftlx} extension makes every
 * {@code ${value}} escaped for XHTML: a value is always text, never markup, so a name or a subject
 * typed by a user cannot change the document. A template imports the shared page, {@code
 * document.ftlx} of this package ({@code <#import "document.ftlx" as doc>}), which sets the
 * language, the direction, the fonts, and the page size and margins (CSS {@code @page}).
 *
 * <p>{@link org.ipu.assembly.platform.documents.DocumentRenderer} renders with openhtmltopdf and
 * ICU: right-to-left text (Arabic) is split, shaped and reordered, lines break by the language's
 * rules, and the fonts shipped in {@code fonts/} (Noto Sans and Noto Sans Arabic, SIL Open Font
 * License) are embedded, so the PDF reads the same everywhere. A document never loads anything from
 * outside: every external resource is refused.
 *
 * <p>Knows no business component.
 */
package org.ipu.assembly.platform.documents;
