package org.ipu.assembly.web.amendments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.amendments.boundary.Resolutions;
import org.ipu.assembly.amendments.control.AkomaNtoso;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionSummary;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.rest.PdfAnswer;

/**
 * The resolutions the plenary adopted, without sign-in: the list, each resolution with the record
 * of every amendment, and its Akoma Ntoso 3.0 statement; in the language of {@code ?lang=} (else
 * {@code Accept-Language}), the English text where a resolution has none in it.
 */
@Path("public/resolutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResolutionsResource {

  /** The adopted resolutions of the current Assembly. */
  public record ResolutionList(List<ResolutionSummary> resolutions) {}

  @Inject private Resolutions resolutions;
  @Inject private DocumentRenderer documents;
  @Context private HttpHeaders headers;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The resolutions the plenary adopted at the current Assembly.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResolutionList")))
  public ResolutionList adopted(@QueryParam("lang") String lang) {
    return new ResolutionList(resolutions.adopted(language(lang)));
  }

  @GET
  @Path("{id}")
  @APIResponse(
      responseCode = "200",
      description = "An adopted resolution, with every amendment tabled and its decision.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResolutionView")))
  public ResolutionView resolution(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return resolutions.resolution(id, language(lang));
  }

  @GET
  @Path("{id}/akn.xml")
  @Produces({AkomaNtoso.MEDIA_TYPE, MediaType.APPLICATION_XML})
  @APIResponse(
      responseCode = "200",
      description = "An adopted resolution as an Akoma Ntoso 3.0 statement (OASIS LegalDocML).",
      content =
          @Content(
              mediaType = AkomaNtoso.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response akomaNtoso(@PathParam("id") long id, @QueryParam("lang") String lang) {
    String language = lang == null || lang.isBlank() ? "en" : lang;
    return DraftsResource.akn(
        resolutions.akomaNtoso(id, language), "resolution-" + id + "-" + language + ".akn.xml");
  }

  @GET
  @Path("{id}/resolution.pdf")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description =
          "An adopted resolution as the Assembly publishes it: the text, the plenary's decision and"
              + " the record of every amendment with the committee's decision.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
    ResolutionView view = resolutions.resolution(id, language(lang));
    Language language = Language.byCode(language(lang)).orElseGet(() -> Language.of(headers));
    byte[] pdf =
        documents.pdf(
            ResolutionDocument.TEMPLATE,
            ResolutionDocument.model(view, language),
            language.locale());
    return PdfAnswer.of(pdf, language, "resolution-" + id);
  }

  /**
   * {@code ?lang=} as given (the resolutions refuse one they are not read in), else the client's.
   */
  private String language(String lang) {
    return lang == null || lang.isBlank() ? Language.of(headers).code() : lang;
  }
}
