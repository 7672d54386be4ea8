package dev.coverage.codes.load;

import dev.coverage.core.code.PlaceOfService;
import dev.coverage.core.reference.PlaceOfServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CMS place-of-service code set loaded by {@link PlaceOfServiceLoader}: which codes are
 * assigned, their names and whether the physician fee schedule pays the facility or non-facility
 * rate there. Immutable and thread-safe; a code the file does not list is unassigned.
 */
public final class PlaceOfServiceTable implements PlaceOfServiceCatalog {
  /** Which practice-expense rate the physician fee schedule applies at a place of service. */
  public enum Setting {
    /** The facility rate (hospital, ASC, skilled nursing facility...). */
    FACILITY,
    /** The non-facility rate (office, home...). */
    NON_FACILITY
  }

  private final boolean[] assigned;
  private final Setting[] settings;
  private final String[] names;
  private final String description;

  PlaceOfServiceTable(boolean[] assigned, Setting[] settings, String[] names, String description) {
    this.assigned = assigned.clone();
    this.settings = settings.clone();
    this.names = names.clone();
    this.description = description;
  }

  @Override
  public boolean isAssigned(PlaceOfService code) {
    return assigned[code.number()];
  }

  /**
   * The fee-schedule setting of an assigned code.
   *
   * @param code the place of service
   * @return the setting, or empty when unassigned
   */
  public Optional<Setting> setting(PlaceOfService code) {
    return Optional.ofNullable(settings[code.number()]);
  }

  /**
   * CMS's name for an assigned code.
   *
   * @param code the place of service
   * @return the name, or empty when unassigned
   */
  public Optional<String> name(PlaceOfService code) {
    return Optional.ofNullable(names[code.number()]);
  }

  /** The assigned codes, ascending. */
  public List<PlaceOfService> assigned() {
    List<PlaceOfService> out = new ArrayList<>();
    for (int i = 1; i < 100; i++) {
      if (assigned[i]) {
        out.add(PlaceOfService.of(i));
      }
    }
    return List.copyOf(out);
  }

  /** What was loaded. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description + ", " + assigned().size() + " assigned codes";
  }
}
