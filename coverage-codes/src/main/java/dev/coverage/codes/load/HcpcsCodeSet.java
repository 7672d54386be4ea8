package dev.coverage.codes.load;

import dev.coverage.core.code.CodeSystem;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.reference.ProcedureCatalog;
import dev.coverage.core.reference.ProcedureInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The HCPCS Level II code set loaded from a CMS file by {@link HcpcsLoader}: immutable and
 * thread-safe, and complete for {@link CodeSystem#HCPCS_LEVEL_II}, so a Level II code it does not
 * list is invalid. Each code is in force from its add date through its termination date.
 *
 * <p>Labels are CMS's short descriptions (HCPCS Level II text is public domain). Codes starting
 * with J are drugs; their billing unit is read from the end of the long description where it is
 * written there ("..., 1 unit", "..., 10 mg"). Facts the file does not give (single-dose
 * containers, global periods) are absent: layer this set under the bundled catalog to keep them.
 */
public final class HcpcsCodeSet implements ProcedureCatalog {
  private final ProcedureCatalog index;
  private final int size;
  private final String description;

  HcpcsCodeSet(List<ProcedureInfo> entries, String description) {
    this.index = ProcedureCatalog.of(entries, EnumSet.of(CodeSystem.HCPCS_LEVEL_II));
    this.size = entries.size();
    this.description = description;
  }

  @Override
  public Optional<ProcedureInfo> find(ProcedureCode code, LocalDate date) {
    return index.find(code, date);
  }

  @Override
  public boolean isComplete(CodeSystem system) {
    return system == CodeSystem.HCPCS_LEVEL_II;
  }

  /** How many codes the file lists, terminated ones included. */
  public int size() {
    return size;
  }

  /** What was loaded, such as {@code HCPCS Level II (HCPC2024_JUL_ANWEB.txt)}. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description + ", " + size + " codes";
  }
}
