package org.ipu.assembly.it;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment every integration test uses: the EAR exactly as the build packaged it. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive ear() {
    File ear =
        new File(System.getProperty("assembly.it.ear", "../assembly-ear/target/assembly.ear"));
    return ShrinkWrap.create(ZipImporter.class, "assembly.ear")
        .importFrom(ear)
        .as(EnterpriseArchive.class);
  }

  /** The application's base address, without a trailing slash. */
  public static URI base() {
    return URI.create(System.getProperty("assembly.it.baseUrl", "http://localhost:28080"));
  }

  /** The password of every demo account. */
  public static final String DEMO_PASSWORD = "assembly-demo";
}
