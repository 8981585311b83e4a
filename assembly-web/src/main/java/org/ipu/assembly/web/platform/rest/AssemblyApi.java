package org.ipu.assembly.web.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root: {@code /api}. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
public class AssemblyApi extends Application {}
