/**
 * What the amendments' boundaries share: drafts and paragraphs found and locked, a paragraph's
 * correction carried to its amendments, the views handed out, the audit entries and the live
 * channel's change.
 */
package org.ipu.assembly.amendments.control;
