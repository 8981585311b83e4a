package org.ipu.assembly.roster.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.platform.Whole;

/**
 * An Assembly the Secretariat sets up: the next one, or an earlier one held before the system (to
 * enter its delegations' compositions). Each constraint's message is the stable code of its
 * refusal.
 *
 * @param city the city in English
 * @param countryCode the host country (ISO 3166-1)
 * @param cityFr the city in French, Spanish and Arabic ({@code cityFr}, {@code cityEs}, {@code
 *     cityAr}): optional, shown in English where not given
 */
public record NewAssembly(
    @NotNull(message = "assembly.number.invalid")
        @Whole(min = 1, max = 9999, message = "assembly.number.invalid")
        Number number,
    @NotBlank(message = "assembly.city.invalid")
        @Size(max = 100, message = "assembly.city.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "assembly.city.invalid")
        String city,
    @NotNull(message = "assembly.country.invalid")
        @Pattern(regexp = "[A-Z]{2}", message = "assembly.country.invalid")
        String countryCode,
    @NotNull(message = "assembly.dates.invalid") LocalDate opensOn,
    @NotNull(message = "assembly.dates.invalid") LocalDate closesOn,
    @Size(max = 100, message = "assembly.city.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "assembly.city.invalid")
        String cityFr,
    @Size(max = 100, message = "assembly.city.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "assembly.city.invalid")
        String cityEs,
    @Size(max = 100, message = "assembly.city.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "assembly.city.invalid")
        String cityAr) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** The request checked field by field and as a whole, the city's names trimmed (blank: none). */
  public NewAssembly checked() {
    NewAssembly assembly =
        RequestCheck.check(
            new NewAssembly(
                number,
                city == null ? null : city.strip(),
                countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT),
                opensOn,
                closesOn,
                optional(cityFr),
                optional(cityEs),
                optional(cityAr)));
    if (!COUNTRIES.contains(assembly.countryCode)) {
      throw AssemblyException.invalid("assembly.country.invalid");
    }
    if (assembly.closesOn.isBefore(assembly.opensOn)) {
      throw AssemblyException.invalid("assembly.dates.invalid");
    }
    return assembly;
  }

  private static String optional(String name) {
    return name == null || name.isBlank() ? null : name.strip();
  }
}
