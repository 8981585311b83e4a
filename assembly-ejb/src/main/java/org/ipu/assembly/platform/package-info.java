/**
 * What every business component shares and which knows none of them: the schema migration at
 * deployment, the base entity, the application exceptions that carry a stable error code, the
 * security role names, the one clock ({@link org.ipu.assembly.platform.SystemClock}, read through
 * {@link org.ipu.assembly.platform.Timestamps}), country names from the JDK's locale data, the
 * interfaces through which a component asks what a higher one knows ({@link
 * org.ipu.assembly.platform.ParliamentAccess}), and the audit trail ({@code platform.audit}).
 */
package org.ipu.assembly.platform;
