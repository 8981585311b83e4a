/**
 * Assembly: paperless management of the Inter-Parliamentary Union's Assembly. One package per
 * business component ({@code roster}, {@code accounts}, ...), each split into {@code boundary}
 * (thin EJBs: transaction, roles, orchestration) and {@code entity} (JPA entities with their
 * rules); {@code platform} holds what every component shares.
 */
package org.ipu.assembly;
