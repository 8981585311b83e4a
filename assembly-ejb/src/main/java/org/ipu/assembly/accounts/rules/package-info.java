/**
 * The rules of opening an account by invitation, in plain Java (only {@code java.*}), tested
 * without a container: the invitation link's token (random, stored only as a hash), when a link may
 * still be used, and how strong a chosen password must be.
 */
package org.ipu.assembly.accounts.rules;
