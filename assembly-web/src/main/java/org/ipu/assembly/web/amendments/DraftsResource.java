package org.ipu.assembly.web.amendments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ipu.assembly.amendments.boundary.AkomaNtosoExports;
import org.ipu.assembly.amendments.boundary.AmendmentDecisions;
import org.ipu.assembly.amendments.boundary.AmendmentInput;
import org.ipu.assembly.amendments.boundary.Amendments;
import org.ipu.assembly.amendments.boundary.DraftDescription;
import org.ipu.assembly.amendments.boundary.DraftInput;
import org.ipu.assembly.amendments.boundary.DraftResolutions;
import org.ipu.assembly.amendments.boundary.ParagraphInput;
import org.ipu.assembly.amendments.boundary.VotingOrderInput;
import org.ipu.assembly.amendments.control.AkomaNtoso;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.control.Views.TextAsAmendedView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.web.platform.errors.ApiError;
import org.ipu.assembly.web.platform.errors.ApiErrors;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.rest.PdfAnswer;

/**
 * Draft resolutions of the current Assembly. The Secretariat creates a draft from pasted text,
 * corrects its paragraphs, publishes it and chooses the voting order; Member Parliaments' focal
 * points table amendments to a published draft until its deadline; everyone signed in reads a
 * published draft, its amendments and its consolidated list (JSON, or PDF as the committee has it
 * on paper). A change names the version it was made on (409 {@code *.changed-meanwhile} otherwise).
 */
@Path("drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftsResource {

  /** A decision on the draft (publishing it) as read at {@code version}. */
  public record VersionInput(Long version) {}

  /** The drafts of the current Assembly. */
  public record DraftList(List<DraftView> drafts) {}

  /** The amendments to a draft, withdrawn ones included, by number. */
  public record AmendmentList(List<AmendmentView> amendments) {}

  @Inject private DraftResolutions drafts;
  @Inject private Amendments amendments;
  @Inject private DocumentRenderer documents;
  @Inject private AkomaNtosoExports exports;
  @Inject private AmendmentDecisions decisions;
  @Inject private ApiErrors errors;
  @Context private HttpHeaders headers;

  @APIResponse(
      responseCode = "200",
      description = "The drafts: all for the Secretariat, the published ones for others.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftList")))
  @GET
  public DraftList all() {
    return new DraftList(drafts.all(language().code()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftInput")))
  @APIResponse(
      responseCode = "201",
      description = "The draft created from the pasted text, not yet published.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  public Response create(DraftInput input) {
    DraftView created = drafts.create(input);
    return Response.created(URI.create("drafts/" + created.id())).entity(created).build();
  }

  @APIResponse(
      responseCode = "200",
      description = "The draft.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  @GET
  @Path("{id}")
  public DraftView draft(@PathParam("id") long id) {
    return drafts.draft(id, language().code());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DraftDescription")))
  @APIResponse(
      responseCode = "200",
      description = "The draft with its new description.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  public DraftView describe(@PathParam("id") long id, DraftDescription input) {
    return drafts.describe(id, required(input));
  }

  @POST
  @Path("{id}/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionInput")))
  @APIResponse(
      responseCode = "200",
      description = "The draft, published.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  public DraftView publish(@PathParam("id") long id, VersionInput input) {
    return drafts.publish(id, required(input).version());
  }

  @POST
  @Path("{id}/paragraphs")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParagraphInput")))
  @APIResponse(
      responseCode = "201",
      description = "The draft with the paragraph added.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  public Response addParagraph(@PathParam("id") long id, ParagraphInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(drafts.addParagraph(id, required(input)))
        .build();
  }

  @PUT
  @Path("{id}/paragraphs/{paragraph}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ParagraphInput")))
  @APIResponse(
      responseCode = "200",
      description = "The draft with the paragraph corrected.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  public DraftView correct(
      @PathParam("id") long id, @PathParam("paragraph") long paragraph, ParagraphInput input) {
    return drafts.correct(id, paragraph, required(input));
  }

  @DELETE
  @Path("{id}/paragraphs/{paragraph}")
  @APIResponse(
      responseCode = "200",
      description = "The draft without the paragraph.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DraftView")))
  public DraftView removeParagraph(
      @PathParam("id") long id,
      @PathParam("paragraph") long paragraph,
      @QueryParam("version") Long version) {
    return drafts.removeParagraph(id, paragraph, version);
  }

  @GET
  @Path("{id}/amendments")
  @APIResponse(
      responseCode = "200",
      description = "The amendments, by number.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentList")))
  public AmendmentList amendments(@PathParam("id") long id) {
    return new AmendmentList(amendments.all(id, language().locale()));
  }

  @POST
  @Path("{id}/amendments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AmendmentInput")))
  @APIResponse(
      responseCode = "201",
      description = "The amendment tabled.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AmendmentView")))
  public Response table(@PathParam("id") long id, AmendmentInput input) {
    AmendmentView tabled = amendments.table(id, input, language().locale());
    return Response.created(URI.create("amendments/" + tabled.id())).entity(tabled).build();
  }

  /**
   * The consolidated list; the draft's text in {@code text} (en, fr, es, ar; else the client's
   * language).
   */
  @GET
  @Path("{id}/consolidated")
  @APIResponse(
      responseCode = "200",
      description = "The consolidated list.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ConsolidatedList")))
  public ConsolidatedList consolidated(@PathParam("id") long id, @QueryParam("text") String text) {
    return amendments.consolidated(id, textLanguage(text), language().locale());
  }

  @PUT
  @Path("{id}/voting-order")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "VotingOrderInput")))
  @APIResponse(
      responseCode = "200",
      description = "The consolidated list in the order chosen.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ConsolidatedList")))
  public ConsolidatedList chooseVotingOrder(
      @PathParam("id") long id, @QueryParam("text") String text, VotingOrderInput input) {
    return amendments.chooseVotingOrder(
        id, required(input), textLanguage(text), language().locale());
  }

  /**
   * The text as amended now, in {@code text} (en, fr, es, ar; else the client's language): every
   * paragraph with its clean text and its tracked changes. 409 {@code amendment.text.conflict} (or
   * {@code .outdated}, {@code .numbering}) naming the amendments that block it.
   */
  @GET
  @Path("{id}/text-as-amended")
  @APIResponse(
      responseCode = "200",
      description = "The text as amended.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "TextAsAmendedView")))
  @APIResponse(
      responseCode = "409",
      description =
          "Blocked: the error (amendment.text.conflict, .outdated or .numbering) and, in"
              + " `amendments`, the numbers of the amendments to resolve first.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
  public Response textAsAmended(@PathParam("id") long id, @QueryParam("text") String text) {
    TextAsAmendedView view = decisions.textAsAmended(id, textLanguage(text));
    if (view.blocked() == null) {
      return Response.ok(view).build();
    }
    List<java.util.Locale> languages =
        Language.acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    ApiError error =
        errors.error(
            409,
            view.blocked(),
            languages,
            TextAsAmendedBacking.blocking(view, Language.bestFor(languages.iterator())));
    return Response.status(409)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new BlockedText(409, error.code(), error.message(), view.blocking()))
        .build();
  }

  /**
   * The text as amended cannot be generated: {@code amendments} names the amendments blocking it
   * (pairs in conflict, or single ones).
   */
  public record BlockedText(
      int status, String code, String message, List<List<Integer>> amendments) {}

  /** The consolidated list as PDF, in {@code ?lang=} (else the client's language). */
  @GET
  @Path("{id}/consolidated.pdf")
  @Produces("application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The consolidated list as the committee has it on paper.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Language language = Language.of(lang, headers);
    ConsolidatedList list = amendments.consolidated(id, language.code(), language.locale());
    byte[] pdf =
        documents.pdf(
            ConsolidatedListDocument.TEMPLATE,
            ConsolidatedListDocument.model(list, language),
            language.locale());
    return PdfAnswer.of(pdf, language, "amendments-" + id);
  }

  private String textLanguage(String text) {
    return text == null || text.isBlank() ? language().code() : text;
  }

  static <T> T required(T input) {
    if (input == null) {
      throw AssemblyException.invalid("request.body-missing");
    }
    return input;
  }

  private Language language() {
    return Language.of(headers);
  }

  /**
   * The draft in Akoma Ntoso 3.0, as a {@code statement}, in {@code ?lang=} (en, the default, fr;
   * es or ar when the whole draft is written in it).
   */
  @GET
  @Path("{id}/akn.xml")
  @Produces({AkomaNtoso.MEDIA_TYPE, MediaType.APPLICATION_XML})
  @APIResponse(
      responseCode = "200",
      description = "The draft as an Akoma Ntoso 3.0 statement (OASIS LegalDocML).",
      content =
          @Content(
              mediaType = AkomaNtoso.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response akomaNtoso(@PathParam("id") long id, @QueryParam("lang") String lang) {
    String language = lang == null || lang.isBlank() ? "en" : lang;
    return akn(exports.statement(id, language), "draft-" + id + "-" + language + ".akn.xml");
  }

  /** The amendments tabled, in the consolidated list's order, in Akoma Ntoso 3.0. */
  @GET
  @Path("{id}/amendments/akn.xml")
  @Produces({AkomaNtoso.MEDIA_TYPE, MediaType.APPLICATION_XML})
  @APIResponse(
      responseCode = "200",
      description =
          "The amendments as an Akoma Ntoso 3.0 amendmentList, each an amendment whose change is a"
              + " textualMod (substitution, insertion or repeal) of the draft's paragraph.",
      content =
          @Content(
              mediaType = AkomaNtoso.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response akomaNtosoAmendments(@PathParam("id") long id, @QueryParam("lang") String lang) {
    String language = lang == null || lang.isBlank() ? "en" : lang;
    return akn(
        exports.amendmentList(id, language), "amendments-" + id + "-" + language + ".akn.xml");
  }

  /** An Akoma Ntoso document to save as {@code filename}. */
  static Response akn(byte[] xml, String filename) {
    return Response.ok(xml, AkomaNtoso.MEDIA_TYPE + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
