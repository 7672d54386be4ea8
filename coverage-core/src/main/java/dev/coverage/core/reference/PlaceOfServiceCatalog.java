package dev.coverage.core.reference;

import dev.coverage.core.code.PlaceOfService;
import java.util.Collection;

/** Which place-of-service codes CMS has assigned. */
public interface PlaceOfServiceCatalog {
  /**
   * Whether a code is assigned; an unassigned code on a claim is invalid.
   *
   * @param code the place of service
   * @return true when assigned, or when the catalog does not know
   */
  boolean isAssigned(PlaceOfService code);

  /**
   * A catalog of these assigned codes; every other code is unassigned.
   *
   * @param assigned the assigned codes
   * @return the catalog
   */
  static PlaceOfServiceCatalog of(Collection<PlaceOfService> assigned) {
    boolean[] table = new boolean[100];
    for (PlaceOfService p : assigned) {
      table[p.number()] = true;
    }
    return code -> table[code.number()];
  }

  /** A catalog that takes every code as assigned (nothing loaded). */
  static PlaceOfServiceCatalog unknown() {
    return code -> true;
  }
}
