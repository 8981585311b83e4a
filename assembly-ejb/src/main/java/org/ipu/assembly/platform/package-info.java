/**
 * What every business component shares: the schema migration at deployment, the demo Assembly, the
 * base entity and the application exceptions that carry a stable error code.
 */
package org.ipu.assembly.platform;
