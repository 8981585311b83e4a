package org.ipu.assembly.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.NewVote;

/**
 * The API's one JSON-B instance, with every request body type read once before the first request:
 * the load harness saw a body rejected as unreadable when many requests were the first ones of
 * their type at the same moment.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  private static final List<Class<?>> REQUEST_TYPES = List.of(NewAccount.class, NewVote.class, BallotRequest.class,
      VotesResource.Annulment.class, PlenaryResource.PresenceChange.class, PlenaryResource.Designation.class);

  private final Jsonb jsonb = JsonbBuilder.create();

  public JsonBinding() {
    REQUEST_TYPES.forEach(type -> jsonb.fromJson("{}", type));
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
