package dev.coverage.core.code;

/** The code system a {@link ProcedureCode} belongs to, told apart by its syntax. */
public enum CodeSystem {
  /**
   * CPT Category I: five digits, such as {@code 99213}, or four digits and {@code A}, {@code M} or
   * {@code U} (vaccine administration, multianalyte assays, proprietary laboratory analyses).
   */
  CPT_CATEGORY_I,
  /**
   * CPT Category II (performance measurement): four digits and {@code F}, such as {@code 1036F}.
   */
  CPT_CATEGORY_II,
  /** CPT Category III (emerging technology): four digits and {@code T}, such as {@code 0232T}. */
  CPT_CATEGORY_III,
  /** HCPCS Level II: a letter and four digits, such as {@code J0585}. */
  HCPCS_LEVEL_II
}
