package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ipu.assembly.voting.boundary.AuditVerification;
import org.ipu.assembly.voting.control.AuditReport;

/** The Secretariat checks the audit trail and recomputes every closed vote. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditVerification verification;

  @POST
  @Path("verify")
  public AuditReport verify() {
    return verification.verify();
  }
}
