package dev.coverage.core.reference;

/** What a procedure code stands for, as the checker and the estimate need to know. */
public enum ProcedureKind {
  /** An evaluation and management visit, such as 99213. */
  VISIT,
  /** A procedure. */
  PROCEDURE,
  /** A drug billed by the unit, such as J0585. */
  DRUG,
  /** A supply or other service. */
  OTHER
}
