package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.platform.audit.AuditReport;
import org.ipu.assembly.platform.audit.AuditVerification;

/** The Secretariat checks every chain of the audit trail and recomputes every closed vote. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditVerification verification;

  @POST
  @Path("verify")
  @APIResponse(
      responseCode = "200",
      description = "What was checked, and every problem found (none when all is in order).",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditReport")))
  public AuditReport verify() {
    return verification.verify();
  }
}
