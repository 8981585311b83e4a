package org.ipu.assembly.web.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root: {@code /api}. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Assembly API",
            version = "1",
            description =
                "The IPU Assembly's paperless system: accounts, the parliaments taking part, plenary"
                    + " presence, votes and ballots, the audit check, and the open data of closed"
                    + " votes (/api/public, no sign-in). Sign in with HTTP Basic. Every refusal is"
                    + " JSON {status, code, message} with a stable code and a message in the"
                    + " client's Accept-Language (English, French, Spanish, Arabic)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AssemblyApi extends Application {}
