/**
 * The demo Assembly, a component of its own at the top: nothing depends on it. When the server runs
 * with {@code -Dassembly.demo=true} (the run command and the tests set it) and the database holds
 * no Assembly yet, {@link org.ipu.assembly.demo.DemoAssembly} runs every {@link
 * org.ipu.assembly.demo.DemoSeeder} in order in one transaction. Each capability contributes its
 * own seeder: the roster (the 152nd Assembly and its parliaments), then the accounts (one per
 * role); the next capabilities add theirs after these.
 */
package org.ipu.assembly.demo;
