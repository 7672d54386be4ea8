package dev.coverage.core.reference;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule comes from: a policy or regulation with its title and address. {@code secondary}
 * marks facts seen only on a third-party summary, to be re-checked against the primary source.
 */
@Value.Immutable
public abstract class Citation {
  Citation() {}

  /**
   * A citation.
   *
   * @param title the source's title, such as {@code 42 CFR 424.44}
   * @param url where to read it, or empty
   * @param secondary whether the fact was seen only on a third-party summary
   * @return the citation
   */
  public static Citation of(String title, Optional<String> url, boolean secondary) {
    return ImmutableCitation.builder().title(title).url(url).secondary(secondary).build();
  }

  /**
   * A citation of a primary source without an address.
   *
   * @param title the source's title
   * @return the citation
   */
  public static Citation of(String title) {
    return of(title, Optional.empty(), false);
  }

  /** The source's title. */
  public abstract String title();

  /** Where to read it. */
  public abstract Optional<String> url();

  /** Whether the fact was seen only on a third-party summary. */
  @Value.Default
  public boolean secondary() {
    return false;
  }

  @Value.Check
  void check() {
    dev.coverage.core.internal.Checks.require(!title().isBlank(), "title", "must not be blank");
  }
}
