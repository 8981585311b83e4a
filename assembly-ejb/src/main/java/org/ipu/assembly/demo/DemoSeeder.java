package org.ipu.assembly.demo;

/**
 * One capability's part of the demo Assembly. Implement it as a CDI bean in this package; {@link
 * DemoAssembly} finds every seeder and runs them by {@link #order()}, in one transaction, into an
 * empty database.
 */
public interface DemoSeeder {

  /** When this seeder runs: lower first. A seeder runs after those whose data it uses. */
  int order();

  /** Stores this capability's demo data. */
  void seed();
}
