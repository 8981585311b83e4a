package org.ipu.assembly.platform.settings.rules;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One per-Assembly setting: its stable key ({@code group.name}), the kind of value with its bounds,
 * and its default. The constants below are the catalog and the only place where defaults live (the
 * IPU Statutes' values, see {@code shared/domain/assembly-rules.md}); an Assembly stores only what
 * the Secretariat set.
 *
 * <p>To add a setting: a constant here, listed in {@link #ALL}, and in each of the four bundles
 * {@code settings.<key>}, {@code settings.<key>.help} and {@code error.settings.<key>.<problem>}
 * for its type's problems. The settings page and {@code /api/settings} show it with no more code.
 *
 * @param <T> the typed value
 */
public final class Setting<T> {

  private static final Pattern KEY = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");

  /** Votes every voting Member has before the population bonus (Statutes Art. 15: 10). */
  public static final Setting<Integer> VOTE_MINIMUM =
      new Setting<>("vote.minimum", new WholeNumberType(1, 100), 10);

  /** The population table of Statutes Art. 15 (lower bound inclusive). */
  public static final Setting<List<PopulationStep>> VOTE_POPULATION_BRACKETS =
      new Setting<>(
          "vote.population-brackets",
          new PopulationTableType(50, 10_000_000_000L, 100),
          List.of(
              PopulationStep.fromMillions(0, 0),
              PopulationStep.fromMillions(1, 1),
              PopulationStep.fromMillions(5, 2),
              PopulationStep.fromMillions(10, 3),
              PopulationStep.fromMillions(20, 4),
              PopulationStep.fromMillions(30, 5),
              PopulationStep.fromMillions(40, 6),
              PopulationStep.fromMillions(50, 7),
              PopulationStep.fromMillions(60, 8),
              PopulationStep.fromMillions(80, 9),
              PopulationStep.fromMillions(100, 10),
              PopulationStep.fromMillions(150, 11),
              PopulationStep.fromMillions(200, 12),
              PopulationStep.fromMillions(300, 13)));

  /** Votes removed under the gender sanction (the rule text gives no number: our default, 2). */
  public static final Setting<Integer> VOTE_GENDER_SANCTION =
      new Setting<>("vote.gender-sanction", new WholeNumberType(0, 100), 2);

  /** Most votes one delegate present may cast (Statutes: 10). */
  public static final Setting<Integer> VOTE_MAX_PER_DELEGATE =
      new Setting<>("vote.max-per-delegate", new WholeNumberType(1, 100), 10);

  /** How long an invitation link to open an account stays valid. */
  public static final Setting<Duration> INVITATION_LIFETIME =
      new Setting<>("invitation.lifetime", new DaysType(1, 90), Duration.ofDays(7));

  /** Registration opens this many days before the Assembly (midnight UTC). */
  public static final Setting<Duration> REGISTRATION_OPENS =
      new Setting<>("registration.opens", new DaysType(1, 730), Duration.ofDays(90));

  /** Registration closes this many days before the Assembly: no new delegation after that. */
  public static final Setting<Duration> REGISTRATION_CLOSES =
      new Setting<>("registration.closes", new DaysType(0, 365), Duration.ofDays(21));

  /** A delegation already submitted may still change until this many days before the Assembly. */
  public static final Setting<Duration> REGISTRATION_LATE_CHANGES =
      new Setting<>("registration.late-changes", new DaysType(0, 365), Duration.ofDays(3));

  /** The first reminder to focal points who have not submitted, this many days before closing. */
  public static final Setting<Duration> REGISTRATION_FIRST_REMINDER =
      new Setting<>("registration.first-reminder", new DaysType(1, 120), Duration.ofDays(14));

  /** The second reminder, this many days before registration closes. */
  public static final Setting<Duration> REGISTRATION_SECOND_REMINDER =
      new Setting<>("registration.second-reminder", new DaysType(1, 120), Duration.ofDays(7));

  /**
   * The personal data of an Assembly's participants is kept this many days after it closes, then
   * deleted (anonymous statistics stay). The value that applies is the one set for that Assembly.
   */
  public static final Setting<Duration> REGISTRATION_RETENTION =
      new Setting<>("registration.retention", new DaysType(30, 3650), Duration.ofDays(365));

  /** The largest badge photo a focal point may upload, in kilobytes (5 MB). */
  public static final Setting<Integer> REGISTRATION_PHOTO_MAX_SIZE =
      new Setting<>("registration.photo-max-size", new WholeNumberType(100, 20_480), 5_120);

  /** Most delegates (members of parliament) a Member sends (Statutes: 8). */
  public static final Setting<Integer> DELEGATION_SIZE =
      new Setting<>("delegation.size", new WholeNumberType(1, 100), 8);

  /** Most delegates a Member of a large population sends (Statutes: 10). */
  public static final Setting<Integer> DELEGATION_SIZE_LARGE =
      new Setting<>("delegation.size-large", new WholeNumberType(1, 100), 10);

  /** The population from which the larger delegation applies (Statutes: 100 million). */
  public static final Setting<Integer> DELEGATION_LARGE_POPULATION =
      new Setting<>(
          "delegation.large-population", new WholeNumberType(0, 2_000_000_000), 100_000_000);

  /** Most delegates an observer sends (2). */
  public static final Setting<Integer> DELEGATION_OBSERVER_SIZE =
      new Setting<>("delegation.observer-size", new WholeNumberType(0, 100), 2);

  /** Delegates fewer under the gender sanction (1). */
  public static final Setting<Integer> DELEGATION_GENDER_SANCTION =
      new Setting<>("delegation.gender-sanction", new WholeNumberType(0, 100), 1);

  /** Single-sex delegations in a row that bring the gender sanction (3). */
  public static final Setting<Integer> DELEGATION_SANCTION_AFTER =
      new Setting<>("delegation.sanction-after", new WholeNumberType(1, 20), 3);

  /** A member of parliament under this age when the Assembly opens is young (45). */
  public static final Setting<Integer> DELEGATION_YOUNG_AGE =
      new Setting<>("delegation.young-age", new WholeNumberType(18, 120), 45);

  /** Rooms may be booked for side events from this hour of each Assembly day (venue time). */
  public static final Setting<Integer> SIDE_EVENTS_DAY_STARTS =
      new Setting<>("side-events.day-starts", new WholeNumberType(0, 23), 8);

  /** Side events end by this hour of the day (venue time). */
  public static final Setting<Integer> SIDE_EVENTS_DAY_ENDS =
      new Setting<>("side-events.day-ends", new WholeNumberType(1, 23), 20);

  /**
   * A new draft resolution's deadline for amendments: this many days before the Assembly opens
   * (midnight in the Assembly's time zone; about 15 days, Rules of the Standing Committees). Each
   * draft keeps its own deadline, which the Secretariat may move.
   */
  public static final Setting<Duration> AMENDMENTS_DEADLINE =
      new Setting<>("amendments.deadline", new DaysType(0, 365), Duration.ofDays(15));

  /** Failed sign-ins in a row that lock an account for a while (after 2, each attempt waits). */
  public static final Setting<Integer> SIGN_IN_LOCKOUT_AFTER =
      new Setting<>("sign-in.lockout-after", new WholeNumberType(3, 100), 10);

  /** How long a lock lasts, in seconds, and how long a failed sign-in is remembered. */
  public static final Setting<Integer> SIGN_IN_LOCKOUT_SECONDS =
      new Setting<>("sign-in.lockout-seconds", new WholeNumberType(5, 86_400), 900);

  /** Failed sign-ins from one address, within the lockout time, that lock the address. */
  public static final Setting<Integer> SIGN_IN_ADDRESS_LOCKOUT_AFTER =
      new Setting<>("sign-in.address-lockout-after", new WholeNumberType(10, 100_000), 100);

  /** Every setting, in the order pages and the API list them. */
  public static final List<Setting<?>> ALL =
      List.of(
          VOTE_MINIMUM,
          VOTE_POPULATION_BRACKETS,
          VOTE_GENDER_SANCTION,
          VOTE_MAX_PER_DELEGATE,
          INVITATION_LIFETIME,
          REGISTRATION_OPENS,
          REGISTRATION_CLOSES,
          REGISTRATION_LATE_CHANGES,
          REGISTRATION_FIRST_REMINDER,
          REGISTRATION_SECOND_REMINDER,
          REGISTRATION_RETENTION,
          REGISTRATION_PHOTO_MAX_SIZE,
          DELEGATION_SIZE,
          DELEGATION_SIZE_LARGE,
          DELEGATION_LARGE_POPULATION,
          DELEGATION_OBSERVER_SIZE,
          DELEGATION_GENDER_SANCTION,
          DELEGATION_SANCTION_AFTER,
          DELEGATION_YOUNG_AGE,
          SIDE_EVENTS_DAY_STARTS,
          SIDE_EVENTS_DAY_ENDS,
          AMENDMENTS_DEADLINE,
          SIGN_IN_LOCKOUT_AFTER,
          SIGN_IN_LOCKOUT_SECONDS,
          SIGN_IN_ADDRESS_LOCKOUT_AFTER);

  private final String key;
  private final SettingType<T> type;
  private final T defaultValue;

  private Setting(String key, SettingType<T> type, T defaultValue) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("a setting key is group.name in lower case: " + key);
    }
    this.key = key;
    this.type = Objects.requireNonNull(type, "type");
    type.check(key, Objects.requireNonNull(defaultValue, "defaultValue"));
    this.defaultValue = defaultValue;
  }

  /** The setting with this key, if there is one. */
  public static Optional<Setting<?>> byKey(String key) {
    return ALL.stream().filter(s -> s.key.equals(key)).findFirst();
  }

  public String key() {
    return key;
  }

  /** The part of the key before the first dot: pages group settings by it. */
  public String group() {
    return key.substring(0, key.indexOf('.'));
  }

  public SettingType<T> type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** The typed value of what a person gave, checked (throws {@link SettingRefused}). */
  public T read(Object given) {
    return type.read(key, given);
  }

  public T decode(String stored) {
    return type.decode(key, stored);
  }

  /** The value as stored text; {@code value} must be of this setting's type. */
  public String encode(Object value) {
    return type.encode(cast(value));
  }

  /** The value in JSON's shapes; {@code value} must be of this setting's type. */
  public Object shown(Object value) {
    return type.shown(cast(value));
  }

  @SuppressWarnings("unchecked")
  private T cast(Object value) {
    return (T) value;
  }

  @Override
  public String toString() {
    return key;
  }
}
