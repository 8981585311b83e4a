/**
 * What the integration tests, the fault drills and the load harness share. {@link
 * org.ipu.assembly.testkit.AssemblyClient} is the one HTTP client (the JDK's) for the REST API; a
 * {@link org.ipu.assembly.testkit.Caller} is one person using it (HTTP Basic, or the session the
 * sign-in form gives, as the tablets keep it), with a language; {@link
 * org.ipu.assembly.testkit.Answer} is what came back; {@link org.ipu.assembly.testkit.Ballot} a
 * ballot with its idempotency key, which {@link org.ipu.assembly.testkit.Caller#castUntilAnswered}
 * sends again, as a tablet does, until the application answers. {@link
 * org.ipu.assembly.testkit.Fixtures} gives a test parliaments and accounts of its own.
 */
package org.ipu.assembly.testkit;
