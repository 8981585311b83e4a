package org.ipu.assembly.web.accreditation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ipu.assembly.accreditation.boundary.BadgeCard;
import org.ipu.assembly.accreditation.boundary.BadgePrinting;
import org.ipu.assembly.accreditation.boundary.BadgeSelection;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Badge PDFs being prepared: the badges are printed (tokens issued) in the request, then rendered
 * here in the background, part by part, so that the page shows a progress bar; the PDF waits for
 * the officer who asked for it (and only them) for {@value #KEPT_MINUTES} minutes. Kept in this
 * server's memory: a restart loses a batch in preparation, and the officer prints it again.
 */
@ApplicationScoped
public class BadgeBatches {

  static final long KEPT_MINUTES = 30;

  private static final Logger LOG = Logger.getLogger(BadgeBatches.class.getName());

  @Inject private DocumentRenderer documents;
  @Inject private BadgePrinting printing;
  @Inject private Roster roster;
  @Resource private ManagedExecutorService executor;

  private final Map<String, Batch> batches = new ConcurrentHashMap<>();

  /** A batch: how far it got, and its PDF once ready. */
  public static final class Batch {
    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final int total;
    private final long startedAt = System.currentTimeMillis();
    private volatile int done;
    private volatile byte[] pdf;
    private volatile boolean failed;

    Batch(String owner, int total) {
      this.owner = owner;
      this.total = total;
    }

    public String id() {
      return id;
    }

    public int total() {
      return total;
    }

    /** Badges rendered so far. */
    public int done() {
      return done;
    }

    public boolean ready() {
      return pdf != null;
    }

    public boolean failed() {
      return failed;
    }

    public Optional<byte[]> pdf() {
      return Optional.ofNullable(pdf);
    }
  }

  /**
   * Prints the selected badges and starts rendering them for {@code owner} (a user name); empty if
   * there was nothing to print.
   */
  public Optional<Batch> print(BadgeSelection selection, Language language, String owner) {
    List<BadgeCard> cards = printing.print(selection);
    if (cards.isEmpty()) {
      return Optional.empty();
    }
    String assembly =
        roster
            .currentSession()
            .map(
                s ->
                    language.text(
                        "badge.assembly", String.valueOf(s.getNumber()), s.cityIn(language.code())))
            .orElse("");
    return Optional.of(start(cards, assembly, language, owner));
  }

  private Batch start(List<BadgeCard> cards, String assembly, Language language, String owner) {
    forgetOld();
    Batch batch = new Batch(owner, cards.size());
    batches.put(batch.id, batch);
    List<Map<String, Object>> parts = BadgeSheet.parts(cards, assembly, language);
    executor.execute(
        () -> {
          try {
            batch.pdf =
                documents.pdfInParts(
                    BadgeSheet.TEMPLATE,
                    parts,
                    language.locale(),
                    partsDone ->
                        batch.done = Math.min(batch.total, partsDone * BadgeSheet.PER_PART));
          } catch (RuntimeException e) {
            batch.failed = true;
            LOG.log(Level.WARNING, "could not render a batch of " + batch.total + " badges", e);
          }
        });
    return batch;
  }

  /** The owner's batch, if it is (still) here. */
  public Optional<Batch> of(String id, String owner) {
    return Optional.ofNullable(batches.get(id)).filter(b -> b.owner.equals(owner));
  }

  private void forgetOld() {
    long oldest = System.currentTimeMillis() - KEPT_MINUTES * 60_000;
    batches.values().removeIf(b -> b.startedAt < oldest);
  }
}
