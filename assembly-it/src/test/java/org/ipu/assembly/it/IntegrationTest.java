package org.ipu.assembly.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class extends: Arquillian deploys {@link Deployments#ear()} (the EAR
 * as the build packaged it) to the managed Payara Server before the class's tests and runs them as
 * a client, over HTTP, as tablets and browsers use the application.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class IntegrationTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }
}
