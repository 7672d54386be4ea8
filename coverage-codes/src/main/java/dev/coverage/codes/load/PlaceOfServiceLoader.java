package dev.coverage.codes.load;

import dev.coverage.codes.internal.TextFile;
import dev.coverage.codes.internal.TsvReader;
import dev.coverage.core.ValidationException;
import dev.coverage.core.code.PlaceOfService;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the CMS place-of-service code set from a tab-separated file with the header {@code
 * pos_code, facility_setting_for_mpfs, pos_name, pos_description}: one row per two-digit code, the
 * setting {@code Facility}, {@code Non-Facility} or, with the name, {@code Unassigned}.
 *
 * <p>Strict: a malformed row, a code listed twice or an unknown setting throws {@link
 * ValidationException} naming the file, line and column; nothing is returned.
 */
public final class PlaceOfServiceLoader {
  static final List<String> COLUMNS =
      List.of("pos_code", "facility_setting_for_mpfs", "pos_name", "pos_description");

  private PlaceOfServiceLoader() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @return the table
   */
  public static PlaceOfServiceTable tsv(Path file) {
    return read(TextFile.of(file));
  }

  /**
   * Reads a stream, and closes it.
   *
   * @param name the name errors give ({@code .gz} means gzip)
   * @param in the stream
   * @return the table
   */
  public static PlaceOfServiceTable tsv(String name, InputStream in) {
    return read(TextFile.of(name, in));
  }

  private static PlaceOfServiceTable read(TextFile file) {
    boolean[] assigned = new boolean[100];
    boolean[] seen = new boolean[100];
    PlaceOfServiceTable.Setting[] settings = new PlaceOfServiceTable.Setting[100];
    String[] names = new String[100];
    try (TsvReader t = TsvReader.open(file, COLUMNS, false)) {
      while (t.next()) {
        PlaceOfService code;
        try {
          code = PlaceOfService.parse("pos_code", t.get(0));
        } catch (ValidationException e) {
          throw t.error(0, e);
        }
        if (seen[code.number()]) {
          throw t.error(0, "is listed twice: " + code);
        }
        seen[code.number()] = true;
        String setting = t.required(1);
        String name = t.required(2);
        switch (setting) {
          case "Facility":
            settings[code.number()] = PlaceOfServiceTable.Setting.FACILITY;
            break;
          case "Non-Facility":
            settings[code.number()] = PlaceOfServiceTable.Setting.NON_FACILITY;
            break;
          case "Unassigned":
            if (!name.equals("Unassigned")) {
              throw t.error(2, "an unassigned code is named Unassigned, got \"" + name + "\"");
            }
            continue;
          default:
            throw t.error(1, "is Facility, Non-Facility or Unassigned, got \"" + setting + "\"");
        }
        if (name.equals("Unassigned")) {
          throw t.error(1, "an unassigned code has the setting Unassigned");
        }
        t.required(3);
        assigned[code.number()] = true;
        names[code.number()] = name;
      }
      t.requireRows();
    }
    return new PlaceOfServiceTable(
        assigned, settings, names, "CMS place of service codes (" + file.name() + ")");
  }
}
