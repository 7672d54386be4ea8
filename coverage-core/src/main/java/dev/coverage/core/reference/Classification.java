package dev.coverage.core.reference;

/** How a coverage policy classes a procedure. */
public enum Classification {
  /** Covered when billed with a listed indication; no further criteria. */
  MEDICAL,
  /** Covered for the listed indications only when their documentation criteria are met. */
  MEDICAL_WITH_CRITERIA,
  /** Cosmetic for every use: excluded. */
  COSMETIC,
  /** Experimental or investigational for every use. */
  INVESTIGATIONAL
}
