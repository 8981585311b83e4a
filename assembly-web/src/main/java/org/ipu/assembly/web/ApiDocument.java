package org.ipu.assembly.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.accreditation.control.AssemblyFigures;
import org.ipu.assembly.accreditation.control.CheckInAnswer;
import org.ipu.assembly.accreditation.control.DeskPerson;
import org.ipu.assembly.accreditation.control.DeskRoster;
import org.ipu.assembly.accreditation.control.DeskScan;
import org.ipu.assembly.amendments.boundary.AmendmentInput;
import org.ipu.assembly.amendments.boundary.DecisionInput;
import org.ipu.assembly.amendments.boundary.DraftDescription;
import org.ipu.assembly.amendments.boundary.DraftInput;
import org.ipu.assembly.amendments.boundary.ParagraphInput;
import org.ipu.assembly.amendments.boundary.VotingOrderInput;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.control.Views.TextAsAmendedView;
import org.ipu.assembly.platform.audit.AuditReport;
import org.ipu.assembly.registration.boundary.CompositionEntry;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.control.RegistrationReminders;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.roster.boundary.MembershipChange;
import org.ipu.assembly.roster.boundary.NewAssembly;
import org.ipu.assembly.voting.control.BallotReceipt;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.web.accounts.AccountView;
import org.ipu.assembly.web.accounts.AccountsResource;
import org.ipu.assembly.web.accreditation.BadgesResource;
import org.ipu.assembly.web.accreditation.CheckInResource;
import org.ipu.assembly.web.accreditation.VisaRequestView;
import org.ipu.assembly.web.amendments.AmendmentsResource;
import org.ipu.assembly.web.amendments.DraftsResource;
import org.ipu.assembly.web.amendments.PublicResolutionsResource;
import org.ipu.assembly.web.amendments.ResolutionsResource;
import org.ipu.assembly.web.platform.errors.ApiError;
import org.ipu.assembly.web.platform.rest.JsonSchemas;
import org.ipu.assembly.web.registration.DelegationView;
import org.ipu.assembly.web.registration.RegistrationsResource;
import org.ipu.assembly.web.roster.AssembliesResource;
import org.ipu.assembly.web.roster.ParliamentView;
import org.ipu.assembly.web.roster.ParliamentsResource;
import org.ipu.assembly.web.settings.SettingsResource;
import org.ipu.assembly.web.settings.SettingsView;
import org.ipu.assembly.web.voting.EntitlementView;
import org.ipu.assembly.web.voting.PlenaryResource;
import org.ipu.assembly.web.voting.VoteView;
import org.ipu.assembly.web.voting.VotesResource;

/**
 * Completes the {@code /openapi} document (registered in the EJB jar's {@code
 * META-INF/microprofile-config.properties}, where Payara reads an EAR's configuration): the schema
 * of every record the API reads or writes, including those of the EJB module, which the server's
 * scanner does not see; and on every operation the JSON error the API answers with when it refuses
 * a request (4XX) or fails (5XX).
 */
public class ApiDocument implements OASFilter {

  /** What the API reads and writes; the records they contain follow. */
  private static final List<Class<? extends Record>> API_TYPES =
      List.of(
          ApiError.class,
          org.ipu.assembly.sideevents.control.Venue.class,
          org.ipu.assembly.sideevents.control.RoomInput.class,
          org.ipu.assembly.sideevents.control.RoomView.class,
          org.ipu.assembly.sideevents.control.BlockView.class,
          org.ipu.assembly.web.sideevents.RoomsResource.Block.class,
          org.ipu.assembly.sideevents.control.SideEventView.class,
          org.ipu.assembly.sideevents.control.EventRequest.class,
          org.ipu.assembly.sideevents.control.GuestPlace.class,
          org.ipu.assembly.sideevents.control.GuestNames.class,
          org.ipu.assembly.web.sideevents.SideEventsResource.SideEventList.class,
          org.ipu.assembly.web.sideevents.SideEventsResource.Suggestions.class,
          org.ipu.assembly.web.sideevents.SideEventsResource.AtVersion.class,
          org.ipu.assembly.web.sideevents.SideEventsResource.Rejection.class,
          org.ipu.assembly.web.sideevents.SideEventsResource.Placement.class,
          org.ipu.assembly.web.sideevents.SideEventsResource.Feed.class,
          BadgesResource.BadgeRequest.class,
          BadgesResource.BatchView.class,
          DeskScan.class,
          CheckInAnswer.class,
          DeskPerson.class,
          DeskRoster.class,
          CheckInResource.DeskSearch.class,
          AccountView.class,
          NewAccount.class,
          ParliamentView.class,
          EntitlementView.class,
          VoteView.class,
          NewVote.class,
          VotesResource.Annulment.class,
          VotesResource.Voiding.class,
          org.ipu.assembly.web.voting.PublicResource.Results.class,
          VotesResource.Countdown.class,
          VotesResource.Standing.class,
          org.ipu.assembly.voting.control.DelegationShares.class,
          org.ipu.assembly.voting.control.NewEmergencySelection.class,
          org.ipu.assembly.voting.control.EmergencyMerge.class,
          org.ipu.assembly.voting.control.EmergencyBallotRequest.class,
          org.ipu.assembly.voting.control.EmergencyReceipt.class,
          org.ipu.assembly.voting.control.EmergencySnapshot.class,
          org.ipu.assembly.web.voting.EmergencySelectionsResource.EmergencySelectionList.class,
          org.ipu.assembly.voting.control.DelegationShares.Share.class,
          BallotRequest.class,
          BallotReceipt.class,
          VoteSnapshot.class,
          AuditReport.class,
          PlenaryResource.PresenceView.class,
          PlenaryResource.PresenceChange.class,
          PlenaryResource.PresenceChanges.class,
          PlenaryResource.Designation.class,
          AccountsResource.InvitationSent.class,
          SettingsView.class,
          SettingsResource.Change.class,
          DelegationView.class,
          ParticipantLine.class,
          ParticipantDetails.class,
          RegistrationsResource.OwnData.class,
          RegistrationReminders.Sent.class,
          MembershipChange.class,
          ParliamentsResource.MembershipPreview.class,
          RegistrationsResource.Start.class,
          RegistrationsResource.Decision.class,
          RegistrationsResource.Return.class,
          RegistrationsResource.RetentionRun.class,
          RegistrationsResource.RetentionReport.class,
          AssembliesResource.AssemblyView.class,
          AssembliesResource.MakeCurrent.class,
          AssembliesResource.CompositionView.class,
          AssembliesResource.Compositions.class,
          NewAssembly.class,
          CompositionEntry.class,
          AssemblyFigures.class,
          VisaRequestView.class,
          DraftInput.class,
          DraftDescription.class,
          ParagraphInput.class,
          VotingOrderInput.class,
          AmendmentInput.class,
          DraftsResource.VersionInput.class,
          DraftsResource.DraftList.class,
          DraftsResource.AmendmentList.class,
          AmendmentsResource.DelegateList.class,
          AmendmentsResource.Authorisation.class,
          AmendmentsResource.CommitteeVoteInput.class,
          AmendmentsResource.CommitteeVote.class,
          DraftView.class,
          AmendmentView.class,
          ConsolidatedList.class,
          DecisionInput.class,
          DecisionView.class,
          TextAsAmendedView.class,
          DraftsResource.BlockedText.class,
          ResolutionsResource.CommitteeText.class,
          ResolutionsResource.PlenaryVoteInput.class,
          ResolutionsResource.PlenaryVote.class,
          ResolutionView.class,
          PublicResolutionsResource.ResolutionList.class);

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.components(OASFactory.createComponents());
    }
    for (Map.Entry<String, Schema> schema : JsonSchemas.of(API_TYPES).entrySet()) {
      openApi.getComponents().addSchema(schema.getKey(), schema.getValue());
    }
  }

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() == null) {
      operation.responses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    // The scanner files a method's return type under "default"; it is the 200 answer. Where the
    // method declares its successes (201, 204, ...), that "default" says nothing more.
    APIResponse scanned = responses.getDefaultValue();
    if (scanned != null) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      boolean declared =
          responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("2"));
      if (!declared) {
        responses.addAPIResponse("200", scanned.description("OK"));
      }
    }
    responses
        .addAPIResponse(
            "4XX",
            OASFactory.createAPIResponse()
                .description(
                    "Refused: 400 invalid, 401 not signed in, 403 not allowed, 404 not found, 409"
                        + " conflict, 413 too large, 415 not JSON (a photo: not JPEG or PNG). The"
                        + " code is stable; the message is in the client's Accept-Language.")
                .content(error()))
        .addAPIResponse(
            "5XX",
            OASFactory.createAPIResponse()
                .description(
                    "503 service.unavailable (the database is out of reach: send again after"
                        + " Retry-After, with the same idempotency key for a ballot), or 500.")
                .content(error()));
    return operation;
  }

  private static Content error() {
    return OASFactory.createContent()
        .addMediaType(
            "application/json",
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("ApiError")));
  }
}
