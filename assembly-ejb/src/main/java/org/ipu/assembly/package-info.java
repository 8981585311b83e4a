/**
 * Assembly: paperless management of the Inter-Parliamentary Union's Assembly. One package per
 * business component ({@code roster}, {@code accounts}, {@code voting}, ...), each split into
 * {@code boundary} (thin EJBs: transaction, roles, orchestration), {@code control} (the work behind
 * them), {@code entity} (JPA entities with their rules) and, where the IPU's rules are computed,
 * {@code rules} (plain Java). A component uses only the ones below it ({@code accounts} uses {@code
 * roster}; {@code voting} uses both); {@code platform} holds what every component shares and knows
 * none of them; {@code demo} is at the top and fills an empty database with the demo Assembly. The
 * {@code ArchitectureTest} keeps it so.
 */
package org.ipu.assembly;
