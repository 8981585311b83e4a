package org.ipu.assembly.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ipu.assembly.amendments.control.Adoptions;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.BaseParagraph;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Deadline;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.DraftSplitter;
import org.ipu.assembly.amendments.rules.DraftSplitter.Split;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * The amendments' demo data: a draft resolution from each of the four Standing Committees. The
 * Sustainable Development draft's deadline passed yesterday: some twenty amendments from
 * parliaments of approved delegations, in English and French, co-sponsored ones, two that touch the
 * same words, two identical, a new paragraph, a deletion, and one the Secretariat entered late; the
 * committee decided on the first eleven this morning, so the text as amended shows them. The Peace
 * and Security and the Democracy drafts are open for ten more days (France’s amendment to the
 * latter waits for Kenya’s confirmation as co-sponsor); the United Nations Affairs draft is still
 * in preparation. The Peace and Security Committee's resolution on small arms, from the Assembly
 * before, was adopted by the plenary this morning.
 */
@Dependent
public class AmendmentsSeeder implements DemoSeeder {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Adoptions adoptions;

  @Override
  public int order() {
    return 600;
  }

  @Override
  public void seed() {
    AssemblySession session =
        em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class).getSingleResult();
    LocalDateTime now = Timestamps.now(clock);
    DraftResolution development =
        draft(
            session,
            Committee.SUSTAINABLE_DEVELOPMENT,
            "Parliamentary action for a just energy transition",
            "L’action parlementaire pour une transition énergétique juste",
            "Ms. A. Mensah (Ghana), Mr. P. Lindqvist (Sweden)",
            Duration.ofDays(-1),
            DEVELOPMENT_EN,
            DEVELOPMENT_FR,
            now);
    developmentAmendments(development, now);
    draft(
        session,
        Committee.PEACE_AND_SECURITY,
        "The role of parliaments in preventing conflict over water",
        "Le rôle des parlements dans la prévention des conflits liés à l’eau",
        "Mr. K. Otieno (Kenya), Ms. L. Moreau (France)",
        Duration.ofDays(10),
        PEACE_EN,
        PEACE_FR,
        now);
    DraftResolution democracy =
        draft(
            session,
            Committee.DEMOCRACY_AND_HUMAN_RIGHTS,
            "Protecting the freedom of expression of parliamentarians online",
            "Protéger la liberté d’expression des parlementaires en ligne",
            "Ms. R. Silva (Brazil), Mr. J. Tanaka (Japan)",
            Duration.ofDays(10),
            DEMOCRACY_EN,
            DEMOCRACY_FR,
            now);
    Amendment awaiting =
        amendment(
            democracy,
            1,
            "FR",
            DraftLanguage.FR,
            paragraphs(democracy).get(2),
            replace(0, 1, "Exhorte"),
            "Un appel plus ferme aux gouvernements.",
            false,
            now.minusHours(5));
    awaiting.nameCoSponsors(List.of(parliament("KE").getId()));
    adoptedResolution(session, now);
    draft(
        session,
        Committee.UNITED_NATIONS_AFFAIRS,
        "Parliaments and the Summit of the Future",
        "Les parlements et le Sommet de l’avenir",
        "Ms. N. Haddad (Morocco), Mr. D. Novak (Czechia)",
        Duration.ofDays(20),
        UN_EN,
        UN_FR,
        now);
  }

  private DraftResolution draft(
      AssemblySession session,
      Committee committee,
      String titleEn,
      String titleFr,
      String coRapporteurs,
      Duration fromNow,
      String english,
      String french,
      LocalDateTime now) {
    DraftResolution draft = new DraftResolution(session, committee);
    draft.describe(
        titleEn,
        titleFr,
        null,
        null,
        coRapporteurs,
        new Deadline(clock.instant().plus(fromNow), session.getZone()));
    if (committee != Committee.UNITED_NATIONS_AFFAIRS) {
      draft.publish(now.minusDays(20));
    }
    em.persist(draft);
    List<Split> en = DraftSplitter.split(english);
    List<Split> fr = DraftSplitter.split(french);
    if (en.size() != fr.size()) {
      throw new IllegalStateException("the demo texts of " + committee + " differ");
    }
    for (int i = 0; i < en.size(); i++) {
      em.persist(
          new DraftParagraph(draft, i, en.get(i).kind(), en.get(i).text(), fr.get(i).text()));
    }
    em.flush();
    return draft;
  }

  /**
   * The Peace and Security resolution on small arms, debated over two Assemblies: its deadline
   * passed ten days ago; the committee adopted one amendment and rejected the other, adopted its
   * text, and the plenary adopted it by consensus this morning: it is public.
   */
  private void adoptedResolution(AssemblySession session, LocalDateTime now) {
    DraftResolution arms =
        draft(
            session,
            Committee.PEACE_AND_SECURITY,
            "Parliamentary action against the illicit trade in small arms and light weapons",
            "L’action parlementaire contre le commerce illicite des armes légères et de petit"
                + " calibre",
            "Ms. S. Okafor (Nigeria), Mr. M. Lefèvre (Belgium)",
            Duration.ofDays(-10),
            ARMS_EN,
            ARMS_FR,
            now);
    List<DraftParagraph> p = paragraphs(arms);
    Amendment adopted =
        amendment(
            arms,
            1,
            "KE",
            DraftLanguage.EN,
            p.get(2),
            replace(4, 5, "sign and ratify"),
            "Signature comes first.",
            false,
            now.minusDays(12));
    Amendment rejected =
        amendment(
            arms,
            2,
            "FR",
            DraftLanguage.FR,
            p.get(3),
            replace(0, 1, "Exhorte"),
            "Un appel plus ferme.",
            false,
            now.minusDays(11));
    decide(adopted, Decision.ADOPTED, now.minusDays(1));
    decide(rejected, Decision.REJECTED, now.minusDays(1));
    em.flush();
    var resolution = adoptions.committeeAdopts(arms.getId(), "secretariat");
    adoptions.adoptedByConsensus(resolution.getId(), resolution.getVersion(), "secretariat");
  }

  private void decide(Amendment amendment, Decision decision, LocalDateTime at) {
    AmendmentDecision recorded = new AmendmentDecision(amendment);
    recorded.decide(decision, null, null, AmendmentDecision.Source.SECRETARIAT, at, "secretariat");
    em.persist(recorded);
  }

  private List<DraftParagraph> paragraphs(DraftResolution draft) {
    return em.createNamedQuery(DraftParagraph.OF_DRAFT, DraftParagraph.class)
        .setParameter("draft", draft)
        .getResultList();
  }

  /** One demo amendment: its sponsor, paragraph (by index), language, change and co-sponsors. */
  record Spec(
      String sponsor,
      int paragraph,
      DraftLanguage language,
      Function<BaseParagraph, Change> change,
      String justification,
      String... coSponsors) {}

  static Function<BaseParagraph, Change> replace(int from, int to, String words) {
    return b -> WordChange.replace(b, from, to, words);
  }

  /** Some twenty amendments to the Sustainable Development draft, in the order tabled. */
  static List<Spec> developmentSpecs() {
    DraftLanguage en = DraftLanguage.EN;
    DraftLanguage fr = DraftLanguage.FR;
    return List.of(
        new Spec(
            "FR",
            0,
            fr,
            replace(0, 1, "Réaffirmant"),
            "Le Programme 2030 reste la référence.",
            "KE",
            "SE"),
        new Spec(
            "KE",
            1,
            en,
            replace(12, 15, "the poorest households, in Africa in particular,"),
            "Africa bears a large share of the impact.",
            "NG"),
        new Spec(
            "BR",
            2,
            en,
            replace(6, 8, "a just and inclusive"),
            "Inclusion is the heart of a just transition."),
        new Spec(
            "SE",
            2,
            en,
            replace(6, 8, "a rapid and fair"),
            "Speed matters as much as fairness.",
            "CA"),
        new Spec(
            "MX",
            3,
            en,
            replace(4, 6, ""),
            "Trade unions are consulted through the usual channels."),
        new Spec("IN", 3, en, replace(11, 11, "and parliamentary staff"), "Staff draft the laws."),
        new Spec("ZA", 4, en, replace(0, 1, "Urges"), "A stronger call."),
        new Spec(
            "NG",
            4,
            en,
            replace(0, 1, "Urges"),
            "A stronger call, as Nigeria proposes every year."),
        new Spec(
            "CA",
            4,
            en,
            b ->
                WordChange.replace(
                    b, b.words().size() - 1, b.words().size(), "policy, with measurable targets;"),
            "Targets can be followed up."),
        new Spec(
            "NZ",
            7,
            en,
            b ->
                new NewParagraph(
                    b.id(),
                    b.version(),
                    ParagraphKind.SUB_PARAGRAPH,
                    Words.of("to protect the land rights of indigenous peoples;")),
            "Indigenous peoples are affected first.",
            "CA",
            "MX"),
        new Spec(
            "FR",
            6,
            fr,
            replace(1, 2, "financer intégralement"),
            "La reconversion doit être entièrement financée."),
        new Spec(
            "BR", 8, fr, replace(5, 6, "honorer sans délai"), "Les engagements sont en retard."),
        new Spec(
            "KE",
            8,
            en,
            replace(2, 3, "developed and emerging"),
            "Emerging economies can contribute too.",
            "IN",
            "ZA"),
        new Spec("SE", 8, en, replace(10, 16, "finance;"), "Repeats operative paragraph 2."),
        new Spec("MX", 9, en, ParagraphDeletion::of, "The IPU already reports on this."),
        new Spec("IN", 9, en, replace(13, 14, "156th"), "The 155th Assembly comes too soon."),
        new Spec("ZA", 10, en, replace(0, 1, "Further decides"), "Usual wording."),
        new Spec("NZ", 1, en, replace(0, 1, "Gravely"), "Stronger wording."),
        new Spec(
            "CA",
            6,
            en,
            replace(5, 6, "workers and their families;"),
            "Families bear the cost too."),
        new Spec(
            "EG",
            10,
            fr,
            replace(6, 7, "question à sa prochaine session"),
            "Reçu par courrier le jour du délai."));
  }

  /** A decision of the committee on a demo amendment (by number). */
  record DecisionSpec(int number, Decision decision, String revised, Integer other) {}

  /**
   * The committee's first decisions on the Sustainable Development draft: adopted ones (one orally
   * revised), one fallen with the adopted amendment on the same words, one merged into its twin,
   * rejected and withdrawn ones; amendments 12 to 20 (two of them in conflict) wait for theirs.
   */
  static List<DecisionSpec> developmentDecisions() {
    return List.of(
        new DecisionSpec(1, Decision.ADOPTED, null, null),
        new DecisionSpec(
            2,
            Decision.ADOPTED_AS_REVISED,
            "the poorest households, in Africa and elsewhere,",
            null),
        new DecisionSpec(3, Decision.ADOPTED, null, null),
        new DecisionSpec(4, Decision.FELL, null, 3),
        new DecisionSpec(5, Decision.REJECTED, null, null),
        new DecisionSpec(6, Decision.ADOPTED, null, null),
        new DecisionSpec(7, Decision.ADOPTED, null, null),
        new DecisionSpec(8, Decision.MERGED, null, 7),
        new DecisionSpec(9, Decision.ADOPTED, null, null),
        new DecisionSpec(10, Decision.ADOPTED, null, null),
        new DecisionSpec(11, Decision.WITHDRAWN, null, null));
  }

  /** The amendments, tabled over two weeks; the last entered late by the Secretariat. */
  private void developmentAmendments(DraftResolution draft, LocalDateTime now) {
    List<DraftParagraph> p = paragraphs(draft);
    List<Spec> specs = developmentSpecs();
    List<Amendment> tabled = new ArrayList<>();
    LocalDateTime start = now.minusDays(15);
    int number = 1;
    for (Spec spec : specs) {
      // the last one came by post on the deadline day: the Secretariat entered it, late
      boolean late = number == specs.size();
      Amendment amendment =
          amendment(
              draft,
              number,
              spec.sponsor(),
              spec.language(),
              p.get(spec.paragraph()),
              spec.change(),
              spec.justification(),
              late,
              late ? now.minusHours(3) : start.plusHours(17L * number));
      List<Long> ids = new ArrayList<>();
      for (String code : spec.coSponsors()) {
        ids.add(parliament(code).getId());
      }
      amendment.nameCoSponsors(ids);
      tabled.add(amendment);
      for (int i = 0; i < ids.size(); i++) {
        // the first co-sponsor confirmed; the others on every other amendment only
        if (i == 0 || number % 2 == 0) {
          amendment.confirmCoSponsor(
              ids.get(i),
              start.plusHours(17L * number + 3),
              "focal." + spec.coSponsors()[i].toLowerCase(Locale.ROOT));
        }
      }
      number++;
    }
    // decided in this morning's meeting
    for (DecisionSpec spec : developmentDecisions()) {
      AmendmentDecision decision = new AmendmentDecision(tabled.get(spec.number() - 1));
      decision.decide(
          spec.decision(),
          Words.of(spec.revised()),
          spec.other() == null ? null : tabled.get(spec.other() - 1),
          AmendmentDecision.Source.SECRETARIAT,
          now.minusHours(2).plusMinutes(5L * spec.number()),
          "secretariat");
      em.persist(decision);
    }
  }

  private Amendment amendment(
      DraftResolution draft,
      int number,
      String sponsor,
      DraftLanguage language,
      DraftParagraph paragraph,
      Function<BaseParagraph, Change> change,
      String justification,
      boolean late,
      LocalDateTime at) {
    Amendment amendment =
        new Amendment(
            draft,
            number,
            parliament(sponsor),
            language,
            paragraph,
            change.apply(paragraph.base(language)),
            justification,
            late,
            at,
            late ? "secretariat" : "focal." + sponsor.toLowerCase(Locale.ROOT));
    em.persist(amendment);
    return amendment;
  }

  private Parliament parliament(String countryCode) {
    return em.createQuery(
            "SELECT p FROM Parliament p WHERE p.countryCode = :code", Parliament.class)
        .setParameter("code", countryCode)
        .getSingleResult();
  }

  static final String DEVELOPMENT_EN =
      """
      Recalling the 2030 Agenda for Sustainable Development and the Paris Agreement,
      Deeply concerned that the costs of the energy transition fall hardest on the poorest households,
      1. Calls on parliaments to legislate for a fair transition away from fossil fuels;
      2. Encourages parliaments to involve trade unions, local authorities and young people in the drafting of energy laws;
      3. Invites governments to report to parliament each year on the social effects of energy policy;
      4. Urges parliaments to use their budgetary powers:
      (a) to fund the retraining of workers;
      (b) to protect households from energy poverty;
      5. Calls on developed countries to honour their commitments on climate finance, as recalled in paragraph 2;
      6. Requests the IPU to report on the implementation of this resolution to the 155th Assembly;
      7. Decides to remain seized of the matter.
      """;

  static final String DEVELOPMENT_FR =
      """
      Rappelant le Programme de développement durable à l’horizon 2030 et l’Accord de Paris,
      Profondément préoccupée par le fait que les coûts de la transition énergétique pèsent surtout sur les ménages les plus pauvres,
      1. Appelle les parlements à légiférer pour une sortie juste des combustibles fossiles ;
      2. Encourage les parlements à associer les syndicats, les autorités locales et les jeunes à l’élaboration des lois sur l’énergie ;
      3. Invite les gouvernements à rendre compte chaque année au parlement des effets sociaux de la politique énergétique ;
      4. Prie instamment les parlements d’user de leurs pouvoirs budgétaires :
      a) pour financer la reconversion des travailleurs ;
      b) pour protéger les ménages de la précarité énergétique ;
      5. Appelle les pays développés à honorer leurs engagements en matière de financement climatique, comme rappelé au paragraphe 2 ;
      6. Prie l’UIP de rendre compte de la mise en œuvre de la présente résolution à la 155e Assemblée ;
      7. Décide de rester saisie de la question.
      """;

  static final String PEACE_EN =
      """
      Recalling that access to safe drinking water is a human right,
      Noting that most rivers and aquifers cross national borders,
      1. Calls on parliaments to ratify the conventions on transboundary watercourses;
      2. Encourages parliaments to create joint committees with the parliaments of neighbouring States sharing a basin;
      3. Decides to remain seized of the matter.
      """;

  static final String PEACE_FR =
      """
      Rappelant que l’accès à l’eau potable est un droit de l’homme,
      Notant que la plupart des fleuves et des aquifères traversent des frontières nationales,
      1. Appelle les parlements à ratifier les conventions sur les cours d’eau transfrontières ;
      2. Encourage les parlements à créer des commissions conjointes avec les parlements des États voisins partageant un bassin ;
      3. Décide de rester saisie de la question.
      """;

  static final String ARMS_EN =
      """
      Recalling the Arms Trade Treaty and the United Nations Programme of Action on small arms,
      Alarmed that small arms and light weapons kill hundreds of thousands of people every year,
      1. Calls on parliaments to ratify the Arms Trade Treaty;
      2. Urges parliaments to scrutinize their governments' arms export licences each year;
      3. Decides to remain seized of the matter.
      """;

  static final String ARMS_FR =
      """
      Rappelant le Traité sur le commerce des armes et le Programme d’action des Nations Unies sur les armes légères,
      Alarmée par le fait que les armes légères et de petit calibre tuent des centaines de milliers de personnes chaque année,
      1. Appelle les parlements à ratifier le Traité sur le commerce des armes ;
      2. Prie instamment les parlements d’examiner chaque année les licences d’exportation d’armes de leur gouvernement ;
      3. Décide de rester saisie de la question.
      """;

  static final String DEMOCRACY_EN =
      """
      Recalling article 19 of the International Covenant on Civil and Political Rights,
      Alarmed by the online harassment of parliamentarians, women parliamentarians above all,
      1. Calls on governments to protect parliamentarians from online threats;
      2. Invites online platforms to answer reports of threats within a day;
      3. Decides to remain seized of the matter.
      """;

  static final String DEMOCRACY_FR =
      """
      Rappelant l’article 19 du Pacte international relatif aux droits civils et politiques,
      Alarmée par le harcèlement en ligne des parlementaires, des femmes parlementaires surtout,
      1. Appelle les gouvernements à protéger les parlementaires des menaces en ligne ;
      2. Invite les plateformes en ligne à répondre aux signalements de menaces dans la journée ;
      3. Décide de rester saisie de la question.
      """;

  static final String UN_EN =
      """
      Welcoming the Pact for the Future adopted at the Summit of the Future,
      1. Calls on parliaments to follow up the Pact for the Future in their own work;
      2. Decides to remain seized of the matter.
      """;

  static final String UN_FR =
      """
      Se félicitant du Pacte pour l’avenir adopté lors du Sommet de l’avenir,
      1. Appelle les parlements à assurer le suivi du Pacte pour l’avenir dans leurs propres travaux ;
      2. Décide de rester saisie de la question.
      """;
}
