package org.ipu.assembly.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.VoteSnapshot;

/**
 * What the hall screen shows, without sign-in: the vote on screen and any vote's snapshot
 * (named votes' boards are open data; secret votes show totals only once closed).
 */
@Path("public/votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

  @Inject private PlenaryVoting voting;

  @GET
  @Path("current")
  public VoteSnapshot current() {
    return voting.onScreen().map(v -> voting.snapshot(v.getId()))
        .orElseThrow(() -> AssemblyException.notFound("vote.none"));
  }

  @GET
  @Path("{id}")
  public VoteSnapshot one(@PathParam("id") long id) {
    return voting.snapshot(id);
  }
}
